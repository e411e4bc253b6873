package cn.energydata.console.backend;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** The part of classifier-service's {@code GET /api/rules} the console reads: the glossary of categories. */
public final class ClassifierModels {

    private ClassifierModels() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Rules(String version, String hash, List<CategoryTerm> categories) {
    }

    /** A category with its names and plain definitions in both languages (a pack may leave them out). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CategoryTerm(String id, String name, String nameZh, String definition, String definitionZh,
                               String level) {
    }
}
