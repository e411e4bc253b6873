package cn.energydata.classifier.engine.recognizers;

import cn.energydata.classifier.engine.rules.RulePack;
import cn.energydata.classifier.engine.text.Normaliser;

import java.util.BitSet;
import java.util.List;

/** Moves a match's score by the context words found within a window around it. */
public final class ContextScorer {

    private final List<String> positive;
    private final List<String> negative;
    /** Positive then negative words, for the one pass over a match's surroundings; kinds[i]: 1 positive, 2 negative. */
    private final String[] words;
    private final int[] kinds;
    /** The first characters of {@link #words}. */
    private final BitSet firstChars = new BitSet();
    private final int window;
    private final double boost;
    private final double penalty;

    ContextScorer(RulePack.Context ctx) {
        RulePack.Context c = ctx == null ? new RulePack.Context(null, null, null, null, null) : ctx;
        positive = c.positiveWords().stream().map(w -> Normaliser.asciiLower(Normaliser.halfWidth(w))).toList();
        negative = c.negativeWords().stream().map(w -> Normaliser.asciiLower(Normaliser.halfWidth(w))).toList();
        window = c.windowChars();
        words = new String[positive.size() + negative.size()];
        kinds = new int[words.length];
        for (int i = 0; i < words.length; i++) {
            boolean isPositive = i < positive.size();
            words[i] = isPositive ? positive.get(i) : negative.get(i - positive.size());
            kinds[i] = isPositive ? 1 : 2;
            firstChars.set(words[i].charAt(0));
        }
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
        HeaderWords h = header == null ? null : headerWords(header);
        String headerLower = h == null ? null : h.lower();
        // found: bit 0 a positive word, bit 1 a negative word
        int found = (h != null && h.positive() ? 1 : 0) | (h != null && h.negative() ? 2 : 0);
        found = scan(lower, from, start, found);
        found = scan(lower, end, to, found);
        if ((found & 1) == 0 && headerLower != null && straddles(headerLower, lower, from, start, positive)) {
            found |= 1;
        }
        if ((found & 2) == 0 && headerLower != null && straddles(headerLower, lower, from, start, negative)) {
            found |= 2;
        }
        double s = base;
        if ((found & 1) != 0) {
            s += boost;
        }
        if ((found & 2) != 0) {
            s -= penalty;
        }
        return Math.max(0, Math.min(1, Math.round(s * 100) / 100.0));
    }

    /**
     * A table's cells share their column's header: whether it holds a positive or negative word is worked out once
     * per header, not once per cell. Immutable, so threads racing on {@link #lastHeader} at worst recompute it.
     */
    private record HeaderWords(String header, String lower, boolean positive, boolean negative) {
    }

    private volatile HeaderWords lastHeader;

    private HeaderWords headerWords(String header) {
        HeaderWords h = lastHeader;
        if (h == null || !h.header().equals(header)) {
            String lower = Normaliser.asciiLower(header);
            h = new HeaderWords(header, lower, positive.stream().anyMatch(lower::contains),
                    negative.stream().anyMatch(lower::contains));
            lastHeader = h;
        }
        return h;
    }

    /**
     * {@code found} plus the kinds (1 positive, 2 negative) of the words that occur within text[from, to): one pass
     * over the range, no substrings built (this runs once per match), stopping once both kinds are found.
     */
    private int scan(String text, int from, int to, int found) {
        for (int i = from; i < to && found != 3; i++) {
            char c = text.charAt(i);
            if (!firstChars.get(c)) {
                continue;
            }
            for (int w = 0; w < words.length; w++) {
                String word = words[w];
                if ((found & kinds[w]) == 0 && word.charAt(0) == c && i + word.length() <= to
                        && text.startsWith(word, i)) {
                    found |= kinds[w];
                }
            }
        }
        return found;
    }

    /** Whether one of the words straddles the joint of {@code header + " " + text[from, start)}. */
    private static boolean straddles(String header, String text, int from, int start, List<String> words) {
        for (String w : words) {
            if (occursAcrossHeader(header, text, from, start, w)) {
                return true;
            }
        }
        return false;
    }

    /** Straddling the joint of {@code header + " " + text[from, start)} (within the header: {@link HeaderWords}). */
    private static boolean occursAcrossHeader(String header, String text, int from, int start, String word) {
        if (word.indexOf(' ') < 0) {
            return false; // only a word with a space can straddle the space between header and text
        }
        String joint = header.substring(Math.max(0, header.length() - word.length() + 1)) + " "
                + text.substring(from, Math.min(start, from + word.length() - 1));
        return joint.contains(word);
    }
}
