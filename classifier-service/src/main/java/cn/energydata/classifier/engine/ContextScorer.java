package cn.energydata.classifier.engine;

import java.util.List;

/** Moves a match's score by the context words found within a window around it. */
final class ContextScorer {

    private final List<String> positive;
    private final List<String> negative;
    private final int window;
    private final double boost;
    private final double penalty;

    ContextScorer(RulePack.Context ctx) {
        RulePack.Context c = ctx == null ? new RulePack.Context(null, null, null, null, null) : ctx;
        positive = c.positiveWords().stream().map(w -> Normaliser.asciiLower(Normaliser.halfWidth(w))).toList();
        negative = c.negativeWords().stream().map(w -> Normaliser.asciiLower(Normaliser.halfWidth(w))).toList();
        window = c.windowChars();
        boost = c.boostBy();
        penalty = c.penaltyBy();
    }

    double score(String lower, int start, int end, double base) {
        return score(lower, start, end, base, null);
    }

    /** {@code header}: the column header of a table cell, which counts as context too. */
    double score(String lower, int start, int end, double base, String header) {
        if (positive.isEmpty() && negative.isEmpty()) {
            return base;
        }
        String before = lower.substring(Math.max(0, start - window), start);
        if (header != null) {
            before = Normaliser.asciiLower(header) + " " + before;
        }
        String after = lower.substring(end, Math.min(lower.length(), end + window));
        double s = base;
        if (containsAny(before, after, positive)) {
            s += boost;
        }
        if (containsAny(before, after, negative)) {
            s -= penalty;
        }
        return Math.max(0, Math.min(1, Math.round(s * 100) / 100.0));
    }

    private static boolean containsAny(String before, String after, List<String> words) {
        for (String w : words) {
            if (before.contains(w) || after.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
