package cn.energydata.classifier.engine.recognizers;

import cn.energydata.classifier.engine.rules.RulePack;
import cn.energydata.classifier.engine.text.Normaliser;

import java.util.List;

/** Moves a match's score by the context words found within a window around it. */
public final class ContextScorer {

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
    public double score(String lower, int start, int end, double base, String header) {
        if (positive.isEmpty() && negative.isEmpty()) {
            return base;
        }
        int from = Math.max(0, start - window);
        int to = Math.min(lower.length(), end + window);
        String headerLower = header == null ? null : Normaliser.asciiLower(header);
        double s = base;
        if (containsAny(lower, from, start, end, to, headerLower, positive)) {
            s += boost;
        }
        if (containsAny(lower, from, start, end, to, headerLower, negative)) {
            s -= penalty;
        }
        return Math.max(0, Math.min(1, Math.round(s * 100) / 100.0));
    }

    /**
     * Whether a word occurs in the text before the match ({@code [from, start)}, after the header and a space when
     * there is one) or after it ({@code [end, to)}); no substrings are built, this runs once per match.
     */
    private static boolean containsAny(String lower, int from, int start, int end, int to, String header,
                                       List<String> words) {
        for (String w : words) {
            if (occurs(lower, from, start, w) || occurs(lower, end, to, w)
                    || header != null && occursAcrossHeader(header, lower, from, start, w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean occurs(String text, int from, int to, String word) {
        char first = word.charAt(0);
        for (int i = from; i <= to - word.length(); i++) {
            if (text.charAt(i) == first && text.startsWith(word, i)) {
                return true;
            }
        }
        return false;
    }

    /** In {@code header + " " + text[from, start)}: within the header, or straddling the joint. */
    private static boolean occursAcrossHeader(String header, String text, int from, int start, String word) {
        if (header.contains(word)) {
            return true;
        }
        if (word.indexOf(' ') < 0) {
            return false; // only a word with a space can straddle the space between header and text
        }
        String joint = header.substring(Math.max(0, header.length() - word.length() + 1)) + " "
                + text.substring(from, Math.min(start, from + word.length() - 1));
        return joint.contains(word);
    }
}
