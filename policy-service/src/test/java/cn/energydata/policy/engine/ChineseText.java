package cn.energydata.policy.engine;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a Chinese text of the service must be, and what an English summary must not contain. */
public final class ChineseText {

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    /** Sentences and clauses end with Chinese punctuation; any part of the text without a Han character is English. */
    private static final Pattern CLAUSE_END = Pattern.compile("[。；！？]");
    private static final Pattern ASCII_PUNCTUATION = Pattern.compile("[,;:()!?]");
    private static final Pattern API_WORDS = Pattern.compile("/api/|\\b(GET|POST|PUT)\\b|\\b[A-Z]+_[A-Z_]+\\b");

    private ChineseText() {
    }

    /** Chinese, with Chinese punctuation, and no clause that is only ASCII (an English sentence left in). */
    public static void assertChinese(String zh, String label) {
        assertNotNull(zh, label + ": no Chinese text");
        assertTrue(HAN.matcher(zh).find(), label + ": no Chinese characters in '" + zh + "'");
        for (String clause : CLAUSE_END.split(zh)) {
            if (!clause.isBlank()) {
                assertTrue(HAN.matcher(clause).find(), label + ": an ASCII-only sentence '" + clause + "' in '" + zh + "'");
            }
        }
        assertFalse(ASCII_PUNCTUATION.matcher(zh).find(), label + ": ASCII punctuation in '" + zh + "'");
    }

    /** Words a data owner understands: no API paths or methods, no enum values. */
    public static void assertPlainEnglish(String en, String label) {
        assertNotNull(en, label + ": no English text");
        assertFalse(en.isBlank(), label + ": empty English text");
        assertFalse(API_WORDS.matcher(en).find(), label + ": API words in '" + en + "'");
    }

    /** Every obligation present in an answer's obligations has its summary in both languages, and no other. */
    public static void assertEverySummary(JsonNode obligations, String label) {
        Set<String> present = new TreeSet<>();
        obligations.fieldNames().forEachRemaining(present::add);
        present.remove("summaries");
        Set<String> summarised = new TreeSet<>();
        for (JsonNode s : obligations.path("summaries")) {
            String name = s.path("obligation").asText();
            summarised.add(name);
            assertPlainEnglish(s.path("summary").asText(null), label + ": summary of " + name);
            assertChinese(s.path("summaryZh").asText(null), label + ": summaryZh of " + name);
        }
        assertEquals(present, summarised, label + ": one summary per obligation");
    }
}
