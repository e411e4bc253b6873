package cn.energydata.classifier.engine.recognizers;

import java.util.List;

/**
 * Builds snippets that never contain an identifying value: the matched value is masked (or, for a recognised
 * keyword, shown), digits around it are blanked except quantities with their unit (220kV).
 */
public final class Masking {

    private static final int CONTEXT = 12;

    private Masking() {
    }

    public static String maskValue(String value) {
        StringBuilder sb = new StringBuilder(value.length());
        appendMasked(value, 0, value.length(), sb);
        return sb.toString();
    }

    /** Appends text[start,end) masked: only the ends (by length), '@', '.' and '-' stay visible. */
    private static void appendMasked(String text, int start, int end, StringBuilder sb) {
        int n = end - start;
        int keep = n >= 16 ? 4 : n >= 8 ? 3 : n >= 4 ? 1 : 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(start + i);
            sb.append(i < keep || i >= n - keep || c == '@' || c == '.' || c == '-' ? c : '*');
        }
    }

    /** Context around [start,end) with digits blanked, the value itself masked (or kept when {@code revealValue}). */
    public static String snippet(String text, int start, int end, boolean revealValue) {
        int from = Math.max(0, start - CONTEXT);
        int to = Math.min(text.length(), end + CONTEXT);
        // One builder, no intermediate substrings: this runs once per finding.
        StringBuilder sb = new StringBuilder(to - from + 2);
        if (from > 0) {
            sb.append('…');
        }
        blank(text, from, start, sb);
        if (revealValue) {
            sb.append(text, start, end);
        } else {
            appendMasked(text, start, end, sb);
        }
        blank(text, end, to, sb);
        if (to < text.length()) {
            sb.append('…');
        }
        return sb.toString();
    }

    /**
     * A table header as shown in a snippet or column profile. A header with more than {@value #LABEL_DIGITS} digits
     * holds data, not a name (the first row of a headerless table: an ID, a phone or card number), so its digits are
     * blanked as around a value; {@code 2024年电量} and {@code 220kV} stay as they are.
     */
    public static String label(String header) {
        if (header == null || header.codePoints().filter(Character::isDigit).count() <= LABEL_DIGITS) {
            return header;
        }
        StringBuilder sb = new StringBuilder(header.length());
        header.codePoints().forEach(c -> {
            if (Character.isDigit(c)) {
                sb.append('*');
            } else {
                sb.appendCodePoint(c);
            }
        });
        return sb.toString();
    }

    private static final int LABEL_DIGITS = 4;

    /**
     * Context with its digits blanked, except a quantity with its unit ({@code 220kV}, {@code 35 kV}, {@code 600MW},
     * {@code 50Hz}, {@code 500千伏}): a voltage level or a rating says what the text is about and identifies no one.
     * Numbers that could be part of an identifier (more than {@value #QUANTITY_DIGITS} digits, or after a letter,
     * digit, dot or hyphen) stay blanked.
     */
    private static void blank(String text, int from, int to, StringBuilder sb) {
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            int quantityEnd = Character.isDigit(c) ? quantityEnd(text, i) : -1;
            if (quantityEnd > i) {
                int shown = Math.min(quantityEnd, to);
                sb.append(text, i, shown);
                i = shown;
                continue;
            }
            sb.append(Character.isDigit(c) ? '*' : Character.isWhitespace(c) ? ' ' : c);
            i++;
        }
    }

    private static final int QUANTITY_DIGITS = 4;
    private static final int FRACTION_DIGITS = 2;
    /** Units after which a number is a quantity; Latin ones case-insensitive and not followed by a letter. */
    private static final List<String> UNITS = List.of("kvar", "kva", "kv", "mvar", "mva", "mwh", "mw", "kwh", "kw",
            "gwh", "gw", "ka", "hz", "v", "万千瓦时", "亿千瓦时", "千瓦时", "万千瓦", "千瓦", "千伏安", "千伏", "兆瓦", "兆伏安", "伏");

    /** The end of the digits of a quantity starting at {@code start} (its number only, not its unit), or -1. */
    private static int quantityEnd(String text, int start) {
        if (start > 0) {
            char before = text.charAt(start - 1);
            if (isAsciiLetter(before) || Character.isDigit(before) || before == '.' || before == '-') {
                return -1;
            }
        }
        int i = digits(text, start);
        if (i - start > QUANTITY_DIGITS) {
            return -1;
        }
        if (i + 1 < text.length() && text.charAt(i) == '.' && Character.isDigit(text.charAt(i + 1))) {
            int fractionEnd = digits(text, i + 1);
            if (fractionEnd - i - 1 > FRACTION_DIGITS) {
                return -1;
            }
            i = fractionEnd;
        }
        int unit = i < text.length() && text.charAt(i) == ' ' ? i + 1 : i;
        return unitAt(text, unit) ? i : -1;
    }

    private static int digits(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean unitAt(String text, int at) {
        for (String unit : UNITS) {
            if (text.regionMatches(true, at, unit, 0, unit.length())) {
                int after = at + unit.length();
                boolean latin = unit.charAt(0) < 128;
                if (!latin || after >= text.length() || !isAsciiLetter(text.charAt(after))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isAsciiLetter(char c) {
        return c < 128 && Character.isLetter(c);
    }
}
