package cn.energydata.catalog.domain;

/** The three grades of the NEA measures, in ascending order of protection. */
public enum Level {
    GENERAL("一般"), IMPORTANT("重要"), CORE("核心");

    private final String chineseName;

    Level(String chineseName) {
        this.chineseName = chineseName;
    }

    /** The name the Measures and the filing template use: 一般 / 重要 / 核心. */
    public String chineseName() {
        return chineseName;
    }

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
