package cn.energydata.catalog.domain;

/** The three grades of the NEA measures, in ascending order of protection. */
public enum Level {
    GENERAL, IMPORTANT, CORE;

    public boolean isBelow(Level other) {
        return other != null && compareTo(other) < 0;
    }

    public static Level max(Level a, Level b) {
        if (a == null) {
            return b;
        }
        return b == null || a.compareTo(b) >= 0 ? a : b;
    }
}
