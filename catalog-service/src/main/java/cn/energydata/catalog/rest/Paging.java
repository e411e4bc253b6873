package cn.energydata.catalog.rest;

import cn.energydata.common.problem.ProblemException;

/**
 * Bounds of the paged lists: pages of at most 200 rows (the {@code size} parameters), and offsets only near the start;
 * deeper pages are read with the keyset cursor {@code after} that each page gives as {@code next}.
 */
final class Paging {

    /** Rows that may be skipped by offset: beyond, the database would read and drop them on every page. */
    static final int MAX_OFFSET = 10_000;

    private Paging() {
    }

    static void checkOffset(int page, int size, String after) {
        if (after != null && page != 0) {
            throw ProblemException.badRequest("Use either page or after, not both.");
        }
        if ((long) page * size > MAX_OFFSET) {
            throw ProblemException.badRequest("Pages beyond the first " + MAX_OFFSET + " rows are read with after="
                    + "<next of the previous page>.");
        }
    }
}
