package cn.energydata.catalog.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * The flags an asset keeps from grade to grade. POSSIBLE_STATE_SECRET is sticky: once raised, a later grade or an
 * accepted proposal does not drop it (only the secrecy process decides, and its clearance is recorded beside the
 * flag).
 */
public final class GradeFlags {

    private GradeFlags() {
    }

    /** The flags of a new grade, keeping POSSIBLE_STATE_SECRET if the asset had it. */
    public static List<String> next(List<String> current, List<String> graded) {
        List<String> flags = new ArrayList<>(graded == null ? List.of() : graded);
        String secret = GradeFlag.POSSIBLE_STATE_SECRET.name();
        if (current.contains(secret) && !flags.contains(secret)) {
            flags.add(secret);
        }
        return flags;
    }

    public static boolean same(List<String> a, List<String> b) {
        return new HashSet<>(a).equals(new HashSet<>(b));
    }
}
