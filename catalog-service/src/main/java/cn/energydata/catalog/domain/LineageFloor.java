package cn.energydata.catalog.domain;

import java.util.List;

/**
 * The lineage floor (GB/T 43697): a derived asset is graded at least as high as its sources, except below sources it
 * was de-identified or aggregated from when a reviewer recorded why. Ungraded sources set no floor.
 */
public final class LineageFloor {

    /** One source of a derived asset: how the asset was derived from it, and the source's grade (null: ungraded). */
    public record Source(LineageMethod method, Level level) {
    }

    private LineageFloor() {
    }

    /**
     * The highest source grade; with {@code exceptionRecorded} (a reviewer's lineage justification), sources whose
     * derivation may lower the level do not count.
     */
    public static Level of(List<Source> sources, boolean exceptionRecorded) {
        Level floor = null;
        for (Source source : sources) {
            if (!(exceptionRecorded && source.method().mayLowerLevel())) {
                floor = Level.max(floor, source.level());
            }
        }
        return floor;
    }

    /** Whether every source graded above {@code target} was de-identified or aggregated (may go lower). */
    public static boolean mayGoBelow(List<Source> sources, Level target) {
        return sources.stream().noneMatch(s -> target.isBelow(s.level()) && !s.method().mayLowerLevel());
    }
}
