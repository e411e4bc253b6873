package cn.energydata.classifier.engine.text;

import java.util.ArrayList;
import java.util.List;

/** zh and/or en by a count of Han characters and Latin letters: enough to route review, not a language model. */
public final class Languages {

    private Languages() {
    }

    public static List<String> of(List<TextPart> parts) {
        long han = 0;
        long latin = 0;
        for (TextPart p : parts) {
            String t = p.text();
            int limit = Math.min(t.length(), 1_000_000);
            for (int i = 0; i < limit; i++) {
                char c = t.charAt(i);
                if (c >= '\u4e00' && c <= '\u9fff') {
                    han++;
                } else if (c < 128 && Character.isLetter(c)) {
                    latin++;
                }
            }
        }
        List<String> langs = new ArrayList<>();
        if (han >= 4) {
            langs.add("zh");
        }
        if (latin >= 40 || (latin >= 10 && han == 0)) {
            langs.add("en");
        }
        return langs;
    }
}
