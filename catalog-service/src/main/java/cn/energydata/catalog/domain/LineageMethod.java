package cn.energydata.catalog.domain;

/** How a derived asset was made from a source. */
public enum LineageMethod {
    COPY, EXTRACT, DEIDENTIFIED, STATISTICS, FUSED;

    /** Methods after which a reviewer may justify grading below the source (GB/T 43697 on derived data). */
    public boolean mayLowerLevel() {
        return this == DEIDENTIFIED || this == STATISTICS;
    }
}
