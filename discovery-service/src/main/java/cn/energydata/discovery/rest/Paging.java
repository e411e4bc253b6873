package cn.energydata.discovery.rest;

import cn.energydata.common.problem.ProblemException;

/** Bounds of page parameters shared by the listings. */
final class Paging {

    static final int MAX_SIZE = 200;

    private Paging() {
    }

    static void check(int page, int size) {
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw ProblemException.badRequest("'page' must be ≥ 0 and 'size' between 1 and " + MAX_SIZE + ".");
        }
    }
}
