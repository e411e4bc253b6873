package cn.energydata.console.ui;

import java.util.List;

/** The catalog's enum values the pages offer as choices, in the order they are shown. */
public final class Vocabulary {

    public static final List<String> LEVELS = List.of("GENERAL", "IMPORTANT", "CORE");
    /** The asset list's level filter: a level, or UNGRADED for assets without one (catalog LevelFilter). */
    public static final List<String> LEVEL_FILTERS = List.of("GENERAL", "IMPORTANT", "CORE", "UNGRADED");
    public static final List<String> LEVELS_DESCENDING = List.of("CORE", "IMPORTANT", "GENERAL");
    public static final List<String> STATUSES = List.of("REGISTERED", "GRADING_PENDING", "PROPOSED", "CONFIRMED",
            "OVERRIDDEN", "RETIRED");
    public static final List<String> TYPES = List.of("FILE", "DATASET", "TABLE", "DATABASE", "SYSTEM",
            "DOCUMENT_COLLECTION", "STREAM");
    public static final List<String> ACTIVITIES = List.of("PLANNING", "DESIGN", "CONSTRUCTION", "PRODUCTION",
            "STORAGE_TRANSPORT", "CONSUMPTION", "RESEARCH_DEVELOPMENT", "OUT_OF_SCOPE_CITY_GAS",
            "OUT_OF_SCOPE_HEATING", "OUT_OF_SCOPE_FILLING_STATION", "OUT_OF_SCOPE_OTHER");

    private Vocabulary() {
    }
}
