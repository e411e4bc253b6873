package cn.energydata.classifier.engine;

/** Builds snippets that never contain the matched value nor the digits around it. */
public final class Masking {

    private static final int CONTEXT = 12;

    private Masking() {
    }

    public static String maskValue(String value) {
        int n = value.length();
        int keep = n >= 16 ? 4 : n >= 8 ? 3 : n >= 4 ? 1 : 0;
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            sb.append(i < keep || i >= n - keep || c == '@' || c == '.' || c == '-' ? c : '*');
        }
        return sb.toString();
    }

    /** Context around [start,end) with digits blanked, the value itself masked (or kept when {@code revealValue}). */
    public static String snippet(String text, int start, int end, boolean revealValue) {
        int from = Math.max(0, start - CONTEXT);
        int to = Math.min(text.length(), end + CONTEXT);
        String value = text.substring(start, end);
        return (from > 0 ? "…" : "") + blank(text.substring(from, start))
                + (revealValue ? value : maskValue(value))
                + blank(text.substring(end, to)) + (to < text.length() ? "…" : "");
    }

    private static String blank(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(Character.isDigit(c) ? '*' : Character.isWhitespace(c) ? ' ' : c);
        }
        return sb.toString();
    }
}
