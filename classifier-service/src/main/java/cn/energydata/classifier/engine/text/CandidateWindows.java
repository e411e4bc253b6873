package cn.energydata.classifier.engine.text;

import cn.energydata.classifier.engine.rules.RulePack;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The regex pre-filter: one pass over a text finds, for every {@link RulePack.Prefilter}, the windows where its
 * rules can match, so that each regex runs only there instead of over the whole text.
 * <p>
 * A window is a maximal run of {@code span} characters that contains at least one {@code trigger} character and
 * is {@code minLength} to {@code maxLength} long, widened by {@code margin} on both sides; overlapping windows are merged.
 * This is exact (the rule finds what a scan of the whole text finds) when every match of the rule lies inside
 * such a run, or, with a margin, has at most {@code margin} non-span characters at either end and between two runs
 * at most twice that. Characters are classified with one table lookup each; up to 32 pre-filters share a pass.
 */
public final class CandidateWindows {

    private static final int PER_PASS = 32;
    private static final long SPAN_BITS = 0x5555_5555_5555_5555L;
    private static final Map<String, long[]> CLASS_CACHE = new ConcurrentHashMap<>();

    private final List<RulePack.Prefilter> specs;
    /** Per pass of up to 32 specs: char → bit 2j (span of spec j), bit 2j+1 (trigger of spec j). */
    private final long[][] tables;

    public CandidateWindows(List<RulePack.Prefilter> specs) {
        this.specs = List.copyOf(specs);
        int passes = (specs.size() + PER_PASS - 1) / PER_PASS;
        tables = new long[passes][];
        for (int p = 0; p < passes; p++) {
            long[] table = new long[Character.MAX_VALUE + 1];
            for (int j = 0; j < PER_PASS && p * PER_PASS + j < specs.size(); j++) {
                RulePack.Prefilter spec = specs.get(p * PER_PASS + j);
                long[] trigger = members(spec.trigger());
                long[] span = spec.span() == null ? trigger : members(spec.span());
                for (int c = 0; c <= Character.MAX_VALUE; c++) {
                    boolean t = bit(trigger, c);
                    if (t || bit(span, c)) {
                        table[c] |= 1L << (2 * j);
                    }
                    if (t) {
                        table[c] |= 1L << (2 * j + 1);
                    }
                }
            }
            tables[p] = table;
        }
    }

    public int size() {
        return specs.size();
    }

    /** True when {@code characterClass} compiles and matches at least one character. */
    public static boolean isUsableClass(String characterClass) {
        long[] bits = members(characterClass);
        return Arrays.stream(bits).anyMatch(w -> w != 0);
    }

    /** Per spec (in constructor order): the windows as {@code [start0, end0, start1, end1, …]}, ascending. */
    public int[][] scan(String text) {
        int[][] out = new int[specs.size()][];
        for (int p = 0; p < tables.length; p++) {
            scanPass(text, p, out);
        }
        return out;
    }

    private void scanPass(String text, int pass, int[][] out) {
        long[] table = tables[pass];
        int first = pass * PER_PASS;
        int count = Math.min(PER_PASS, specs.size() - first);
        int[] margin = new int[count];
        int[] minLength = new int[count];
        int[] maxLength = new int[count];
        for (int j = 0; j < count; j++) {
            margin[j] = specs.get(first + j).marginChars();
            minLength[j] = specs.get(first + j).minimumLength();
            maxLength[j] = specs.get(first + j).maximumLength();
        }
        int[][] windows = new int[count][8];
        int[] sizes = new int[count];
        int[] runStart = new int[count];
        long triggered = 0;
        long prev = 0;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            long m = i < n ? table[text.charAt(i)] : 0L;
            if (m == prev) {
                continue;
            }
            long changed = m ^ prev;
            long ended = changed & prev & SPAN_BITS;
            while (ended != 0) {
                int b = Long.numberOfTrailingZeros(ended);
                ended &= ended - 1;
                int j = b >>> 1;
                int length = i - runStart[j];
                if ((triggered & (1L << b)) != 0 && length >= minLength[j] && length <= maxLength[j]) {
                    int s = Math.max(0, runStart[j] - margin[j]);
                    int e = (int) Math.min(n, (long) i + margin[j]);
                    int size = sizes[j];
                    int[] w = windows[j];
                    if (size > 0 && s <= w[size - 1]) {
                        w[size - 1] = Math.max(w[size - 1], e);
                    } else {
                        if (size + 2 > w.length) {
                            windows[j] = w = Arrays.copyOf(w, w.length * 2);
                        }
                        w[size] = s;
                        w[size + 1] = e;
                        sizes[j] = size + 2;
                    }
                }
            }
            long started = changed & m & SPAN_BITS;
            triggered &= ~started;
            long s = started;
            while (s != 0) {
                int b = Long.numberOfTrailingZeros(s);
                s &= s - 1;
                runStart[b >>> 1] = i;
            }
            triggered |= (m >>> 1) & SPAN_BITS;
            prev = m;
        }
        for (int j = 0; j < count; j++) {
            out[first + j] = Arrays.copyOf(windows[j], sizes[j]);
        }
    }

    private static boolean bit(long[] bits, int c) {
        return (bits[c >>> 6] & (1L << c)) != 0;
    }

    /** The characters a one-character regex (usually a class like {@code [0-9Xx]}) matches, as a bit set. */
    private static long[] members(String characterClass) {
        return CLASS_CACHE.computeIfAbsent(characterClass, cls -> {
            long[] bits = new long[(Character.MAX_VALUE + 1) / 64];
            Matcher m = Pattern.compile(cls).matcher("");
            char[] one = new char[1];
            for (int c = 0; c <= Character.MAX_VALUE; c++) {
                one[0] = (char) c;
                if (m.reset(java.nio.CharBuffer.wrap(one)).matches()) {
                    bits[c >>> 6] |= 1L << c;
                }
            }
            return bits;
        });
    }

    /** The distinct pre-filters of some rules, in first-seen order, and each rule's index among them (-1: none). */
    public static List<RulePack.Prefilter> distinct(List<RulePack.Prefilter> perRule, int[] indexOut) {
        List<RulePack.Prefilter> distinct = new ArrayList<>();
        for (int r = 0; r < perRule.size(); r++) {
            RulePack.Prefilter p = perRule.get(r);
            if (p == null) {
                indexOut[r] = -1;
                continue;
            }
            int i = distinct.indexOf(p);
            if (i < 0) {
                distinct.add(p);
                i = distinct.size() - 1;
            }
            indexOut[r] = i;
        }
        return distinct;
    }
}
