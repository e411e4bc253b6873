package cn.energydata.classifier.engine.grading;

/** The three grades of the NEA measures, ordered so that {@link #max} takes the highest (就高从严). */
public enum Level {
    GENERAL, IMPORTANT, CORE;

    public static Level max(Level a, Level b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
