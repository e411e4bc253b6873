package cn.energydata.classifier.engine.text;

/**
 * Full-width → half-width and ASCII lower-casing, one char for one char so that offsets in the normalised
 * text are offsets in the original.
 */
public final class Normaliser {

    private Normaliser() {
    }

    public static String halfWidth(String text) {
        char[] out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char n = c;
            if (c >= '\uFF01' && c <= '\uFF5E') {
                n = (char) (c - 0xFEE0);
            } else if (c == '\u3000') {
                n = ' ';
            }
            if (n != c) {
                if (out == null) {
                    out = text.toCharArray();
                }
                out[i] = n;
            }
        }
        return out == null ? text : new String(out);
    }

    /** Lower-cases ASCII letters only, keeping the length (String.toLowerCase may not). */
    public static String asciiLower(String text) {
        char[] out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                if (out == null) {
                    out = text.toCharArray();
                }
                out[i] = (char) (c + 32);
            }
        }
        return out == null ? text : new String(out);
    }
}
