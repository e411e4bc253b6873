package cn.energydata.classifier.engine;

/** Age at classification time of a person whose identifier encodes a birth date: under 14, under 18, adult. */
public enum AgeBand {
    CHILD, MINOR, ADULT;

    /** Under 18, children included. */
    public boolean isMinor() {
        return this != ADULT;
    }
}
