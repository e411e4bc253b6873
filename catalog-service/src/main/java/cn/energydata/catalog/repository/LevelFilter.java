package cn.energydata.catalog.repository;

import cn.energydata.catalog.domain.Level;

/** The asset list's {@code level} filter: a level, or UNGRADED for assets without one (handled as core). */
public enum LevelFilter {
    GENERAL, IMPORTANT, CORE, UNGRADED;

    /** The level to match, null for UNGRADED. */
    public Level level() {
        return this == UNGRADED ? null : Level.valueOf(name());
    }
}
