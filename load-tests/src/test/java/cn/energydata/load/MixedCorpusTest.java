package cn.energydata.load;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The cheap parts of the corpus. Building the whole corpus (POI, 30 000-row tables) takes seconds, so it is left
 * to the load run itself, where a document the classifier cannot read shows as a 422 error.
 */
class MixedCorpusTest {

    @Test
    void residentIdsCarryTheGbCheckCharacter() {
        // The standard's worked example: 11010519491231002X
        assertEquals("11010519491231002X", MixedCorpus.residentId("110105", LocalDate.of(1949, 12, 31), 2));
    }

    @Test
    void theHandWrittenPdfHasACorrectCrossReferenceTable() {
        String pdf = new String(MixedCorpus.pdf("Line (one)\nLine two"), StandardCharsets.US_ASCII);
        assertTrue(pdf.startsWith("%PDF-1.4\n") && pdf.endsWith("%%EOF\n"), pdf);
        assertTrue(pdf.contains("(Line \\(one\\)) Tj T*"), pdf);
        Matcher entries = Pattern.compile("(\\d{10}) 00000 n ").matcher(pdf);
        int object = 1;
        while (entries.find()) {
            int offset = Integer.parseInt(entries.group(1));
            assertTrue(pdf.startsWith(object + " 0 obj", offset), "object " + object + " at " + offset);
            object++;
        }
        assertEquals(6, object);
        int startxref = Integer.parseInt(pdf.replaceAll("(?s).*startxref\n(\\d+)\n%%EOF\n", "$1"));
        assertTrue(pdf.startsWith("xref", startxref));
        Matcher length = Pattern.compile("/Length (\\d+) >>\nstream\n").matcher(pdf);
        assertTrue(length.find());
        assertTrue(pdf.startsWith("endstream", length.end() + Integer.parseInt(length.group(1))));
    }
}
