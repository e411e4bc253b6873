package cn.energydata.classifier.extraction;

import cn.energydata.classifier.corpus.Render;
import cn.energydata.classifier.engine.ExtractionStatus;
import cn.energydata.classifier.engine.Fixtures;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzz test (Jazzer, see README "Fuzzing"): Tika extraction of mutated documents. Seeds are a small DOCX, a ZIP
 * holding a DOCX and a text, a PDF and a CSV, each also with a few fixed random mutations (byte flips, truncation,
 * a repeated block) so that the regression run reads broken documents too. Any input is read, with a status, or
 * refused with an {@link ExtractionException} other than a timeout, or an {@link IOException}; never any other
 * exception, and within {@link #SECONDS} seconds: the extractor's own deadline is set to that, and reaching it is a
 * failure (when fuzzing, libFuzzer's {@code -timeout} also catches a parse that ignores the deadline; JUnit's
 * {@code @Timeout} is not used because it would bound the whole fuzzing run). Regression inputs, findings included,
 * live in
 * {@code src/test/resources/cn/energydata/classifier/extraction/ExtractorFuzzTestInputs/}.
 */
class ExtractorFuzzTest {

    static final int SECONDS = 10;
    /** The upload's name, chosen by the input's length: names lie as often as they help detection. */
    private static final String[] NAMES = {"upload", "report.docx", "pack.zip", "scan.pdf", "rows.csv"};
    private static final List<String> STATUSES = Arrays.stream(ExtractionStatus.values()).map(Enum::name).toList();
    private static final Extractor EXTRACTOR = new Extractor(ExtractionLimits.defaults()
            .withTimeout(Duration.ofSeconds(SECONDS)));

    static Stream<byte[]> documents() throws IOException {
        List<byte[]> seeds = seeds();
        List<byte[]> all = new ArrayList<>(seeds);
        Random random = new Random(17);
        for (byte[] seed : seeds) {
            for (int i = 0; i < 6; i++) {
                all.add(mutate(seed, random));
            }
        }
        return all.stream();
    }

    static List<byte[]> seeds() throws IOException {
        String text = "变电站运行日报（内部）\n客户张伟 身份证号 " + Fixtures.residentId("110101", LocalDate.of(1980, 5, 17), 123)
                + "\nRelay settings of the 220 kV lines";
        List<byte[]> seeds = List.of(
                Render.docx(text),
                Render.zip(List.of("a/notes.docx", "a/readme.txt"),
                        List.of(Render.docx(text), text.getBytes(StandardCharsets.UTF_8))),
                Render.pdf("Relay settings of the 220 kV lines\nSubstation Nanjing East"),
                ("姓名,身份证号,手机号\n王芳," + Fixtures.residentId(3) + "," + Fixtures.mobile(3) + "\n")
                        .getBytes(StandardCharsets.UTF_8));
        return seeds;
    }

    /** Loads the parsers once (POI's schemas take seconds the first time), so that the time bound is the parse's. */
    @BeforeAll
    static void warmUp() throws IOException {
        for (byte[] seed : seeds()) {
            readOrRefuse(seed);
        }
    }

    @MethodSource("documents")
    @FuzzTest(maxDuration = "10s")
    void mutatedDocumentsAreReadOrRefused(byte[] document) throws IOException {
        readOrRefuse(document);
    }

    private static void readOrRefuse(byte[] document) throws IOException {
        Path file = Files.createTempFile("fuzz-upload", ".bin");
        long start = System.nanoTime();
        try {
            Files.write(file, document);
            ExtractedDocument doc = EXTRACTOR.extract(file, NAMES[document.length % NAMES.length]);
            assertThat(doc.status().name()).isIn(STATUSES);
            assertThat(doc.parts()).isNotNull();
        } catch (ExtractionException refused) {
            assertThat(refused.kind()).as(refused.getMessage()).isNotEqualTo(ExtractionException.Kind.TIMEOUT);
        } catch (IOException allowed) {
            // reading the upload failed: answered as an I/O error, not a crash
        } finally {
            Files.deleteIfExists(file);
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(SECONDS));
    }

    /** A few byte flips, then either a truncation or a repeated block. */
    private static byte[] mutate(byte[] seed, Random random) {
        byte[] out = seed.clone();
        for (int i = 0, n = 1 + random.nextInt(8); i < n; i++) {
            out[random.nextInt(out.length)] = (byte) random.nextInt(256);
        }
        if (random.nextBoolean()) {
            return Arrays.copyOf(out, 1 + random.nextInt(out.length));
        }
        int from = random.nextInt(out.length);
        int len = Math.min(out.length - from, 1 + random.nextInt(512));
        byte[] grown = Arrays.copyOf(out, out.length + len);
        System.arraycopy(out, from, grown, from + len, out.length - from);
        return grown;
    }
}
