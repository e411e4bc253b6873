package cn.energydata.load;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MixedCorpusTest {

    @Test
    void residentIdsCarryTheGbCheckCharacter() {
        // GB 11643 worked example: 11010519491231002X
        assertEquals("11010519491231002X", MixedCorpus.residentId("110105", LocalDate.of(1949, 12, 31), 2));
    }

    @Test
    void mixesFormatsAndSizes() {
        List<MixedCorpus.Doc> docs = MixedCorpus.build(Path.of("..").toAbsolutePath().normalize());
        assertTrue(docs.size() >= 20, "documents: " + docs.size());
        assertTrue(docs.stream().map(MixedCorpus.Doc::format).distinct().count() >= 12);
        assertTrue(docs.stream().anyMatch(d -> d.bytes().length < 2_000));
        assertTrue(docs.stream().anyMatch(d -> d.bytes().length > 500_000));
        assertTrue(docs.stream().allMatch(d -> d.bytes().length > 0));
    }
}
