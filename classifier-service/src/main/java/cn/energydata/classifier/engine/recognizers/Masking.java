package cn.energydata.classifier.engine.recognizers;

/** Builds snippets that never contain the matched value nor the digits around it. */
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

    private static void blank(String text, int from, int to, StringBuilder sb) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            sb.append(Character.isDigit(c) ? '*' : Character.isWhitespace(c) ? ' ' : c);
        }
    }
}
