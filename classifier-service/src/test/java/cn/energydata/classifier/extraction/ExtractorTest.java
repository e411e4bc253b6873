package cn.energydata.classifier.extraction;

import cn.energydata.classifier.HostileDocuments;
import cn.energydata.classifier.corpus.Render;
import cn.energydata.classifier.engine.ExtractionStatus;
import cn.energydata.classifier.engine.text.TextPart;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExtractorTest {

    static Extractor extractor;

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() {
        extractor = new Extractor(ExtractionLimits.defaults());
    }

    @AfterAll
    static void done() {
        extractor = null;
    }

    private static Path write(String name, byte[] content) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, content);
        return p;
    }

    @Test
    void gbkTextIsDecoded() throws Exception {
        String text = "国家电网公司关于加强变电站运行维护管理工作的通知。各单位要认真落实安全生产责任制，确保电网安全稳定运行。".repeat(3);
        ExtractedDocument doc = extractor.extract(write("gbk.txt", text.getBytes(Charset.forName("GBK"))), "gbk.txt");
        assertThat(doc.parts().get(0).text()).contains("变电站运行维护");
        assertThat(doc.status()).isEqualTo(ExtractionStatus.COMPLETE);
    }

    @Test
    void embeddedDocumentsGetPaths() throws Exception {
        byte[] zip = Render.zip(List.of("a/notes.docx"), List.of(Render.docx("保护定值单")));
        ExtractedDocument doc = extractor.extract(write("pack.zip", zip), "pack.zip");
        assertThat(doc.embeddedDocuments()).isEqualTo(1);
        assertThat(doc.parts()).anyMatch(p -> p.path().equals("pack.zip!/a/notes.docx") && p.text().contains("保护定值单"));
    }

    @Test
    void pdfPagesAreLocated() throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = new org.apache.pdfbox.pdmodel.PDDocument()) {
            for (String line : List.of("Cover page of the report", "Annex: relay settings of the 220 kV lines")) {
                org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
                pdf.addPage(page);
                try (var cs = new org.apache.pdfbox.pdmodel.PDPageContentStream(pdf, page)) {
                    cs.beginText();
                    cs.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
                            org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 12);
                    cs.newLineAtOffset(50, 700);
                    cs.showText(line);
                    cs.endText();
                }
            }
            pdf.save(out);
        }
        ExtractedDocument doc = extractor.extract(write("two-pages.pdf", out.toByteArray()), "two-pages.pdf");
        TextPart text = doc.parts().get(0);
        assertThat(text.pageStarts()).hasSize(2);
        int at = text.text().indexOf("relay settings");
        assertThat(text.locate(at, at + 14).page()).isEqualTo(2);
        assertThat(text.locate(0, 5).page()).isEqualTo(1);
    }

    @Test
    void writeLimitKeepsPartialTextAndSaysTruncated() throws Exception {
        Extractor small = new Extractor(ExtractionLimits.defaults().withMaxChars(1000));
        ExtractedDocument doc = small.extract(write("long.txt", "abcdefghij\n".repeat(1000).getBytes(StandardCharsets.UTF_8)), "long.txt");
        assertThat(doc.status()).isEqualTo(ExtractionStatus.TRUNCATED);
        assertThat(doc.reason()).contains("1000");
        assertThat(doc.parts().get(0).text()).hasSize(1000);
    }

    @Test
    void deadlineStopsParsing() throws Exception {
        Path big = write("big.csv", "a,b,c,d,e,f,g\n".repeat(2_000_000).getBytes(StandardCharsets.UTF_8));
        try (BoundedExtractor bounded = new BoundedExtractor(new Extractor(ExtractionLimits.defaults()
                .withTimeout(Duration.ofMillis(200))))) {
            long t0 = System.nanoTime();
            assertThatThrownBy(() -> bounded.extract(big, "big.csv"))
                    .isInstanceOf(ExtractionException.class)
                    .satisfies(e -> assertThat(((ExtractionException) e).kind()).isEqualTo(ExtractionException.Kind.TIMEOUT));
            assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(3_000);
            // The slot is freed once the parse has really stopped: the next document is served.
            Path small = write("small.txt", "hello".getBytes(StandardCharsets.UTF_8));
            assertThat(bounded.extract(small, "small.txt").status()).isEqualTo(ExtractionStatus.COMPLETE);
        }
    }

    @Test
    void tooDeepAndZipBomb() throws Exception {
        assertThatThrownBy(() -> extractor.extract(write("deep.zip", HostileDocuments.nestedZip(12)), "deep.zip"))
                .satisfies(e -> assertThat(((ExtractionException) e).kind()).isEqualTo(ExtractionException.Kind.TOO_DEEP));
        assertThat(extractor.extract(write("ok.zip", HostileDocuments.nestedZip(5)), "ok.zip").status()).isEqualTo(ExtractionStatus.COMPLETE);
    }

    @Test
    void gbkTextWithAnUnknownExtensionIsReadAsText() throws Exception {
        String cards = "(POWERFLOW,CASEID=TEST,PROJECT=华东)\nB     苏南京500 525.  江苏\nL     苏南京500 525.苏东善500 525.\n".repeat(20);
        ExtractedDocument doc = extractor.extract(write("case.dat", cards.getBytes(Charset.forName("GBK"))), "case.dat");
        assertThat(doc.status()).isEqualTo(ExtractionStatus.COMPLETE);
        assertThat(doc.contentType()).startsWith("text/plain");
        assertThat(doc.parts().get(0).text()).contains("苏南京500");
    }

    @Test
    void unknownBinaryIsAnsweredUnsupportedNotRefused() throws Exception {
        ExtractedDocument doc = extractor.extract(write("noise.bin", noise(4096)), "noise.bin");
        assertThat(doc.status()).isEqualTo(ExtractionStatus.UNSUPPORTED);
        assertThat(doc.contentRead()).isFalse();
    }

    @Test
    void emptyAndEncryptedAndCorruptDocumentsSayWhy() throws Exception {
        assertThat(extractor.extract(write("empty.txt", new byte[0]), "empty.txt"))
                .satisfies(d -> assertThat(d.status()).isEqualTo(ExtractionStatus.EMPTY))
                .satisfies(d -> assertThat(d.contentRead()).isFalse());
        ExtractedDocument encrypted = extractor.extract(write("secret.docx", HostileDocuments.encryptedDocx()), "secret.docx");
        assertThat(encrypted.status()).isEqualTo(ExtractionStatus.ENCRYPTED);
        assertThat(encrypted.contentRead()).isFalse();
        ExtractedDocument corrupt = extractor.extract(write("broken.pdf", HostileDocuments.corruptPdf()), "broken.pdf");
        assertThat(corrupt.status()).isEqualTo(ExtractionStatus.UNREADABLE);
        assertThat(corrupt.contentRead()).isFalse();
    }

    @Test
    void passwordProtectedZipIsEncryptedWithNothingRead() throws Exception {
        byte[] zip;
        try (var in = ExtractorTest.class.getResourceAsStream("/extraction/encrypted-settings.zip")) {
            zip = in.readAllBytes();
        }
        ExtractedDocument doc = extractor.extract(write("settings.zip", zip), "settings.zip");
        assertThat(doc.status()).isEqualTo(ExtractionStatus.ENCRYPTED);
        assertThat(doc.reason()).contains("settings.txt");
        assertThat(doc.contentRead()).isFalse();
    }

    @Test
    void binaryInsideZipAndGzipIsReportedUnreadable() throws Exception {
        byte[] zip = Render.zip(List.of("readme.txt", "blob.bin"), List.of("见附件".getBytes(StandardCharsets.UTF_8), noise(8192)));
        ExtractedDocument inZip = extractor.extract(write("mixed.zip", zip), "mixed.zip");
        assertThat(inZip.status()).isEqualTo(ExtractionStatus.UNREADABLE);
        assertThat(inZip.reason()).contains("mixed.zip!/blob.bin");
        assertThat(inZip.contentRead()).isTrue();

        java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
        try (var out = new java.util.zip.GZIPOutputStream(gz)) {
            out.write(noise(8192));
        }
        ExtractedDocument inGzip = extractor.extract(write("blob.gz", gz.toByteArray()), "blob.gz");
        assertThat(inGzip.status()).isEqualTo(ExtractionStatus.UNREADABLE);
        assertThat(inGzip.contentRead()).isFalse();
    }

    @Test
    void gbkTextInsideAZipIsRead() throws Exception {
        byte[] zip = Render.zip(List.of("case.dat"), List.of("B     苏南京500 525.  江苏\n".repeat(40).getBytes(Charset.forName("GBK"))));
        ExtractedDocument doc = extractor.extract(write("case.zip", zip), "case.zip");
        assertThat(doc.status()).isEqualTo(ExtractionStatus.COMPLETE);
        assertThat(doc.parts()).anyMatch(p -> p.path().equals("case.zip!/case.dat") && p.text().contains("苏南京500"));
    }

    private static byte[] noise(int n) {
        byte[] b = new byte[n];
        new java.util.Random(7).nextBytes(b);
        return b;
    }
}
