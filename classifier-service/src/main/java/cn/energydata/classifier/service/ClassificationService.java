package cn.energydata.classifier.service;

import cn.energydata.classifier.config.ClassifierConfig;
import cn.energydata.classifier.engine.Descriptor;
import cn.energydata.classifier.engine.Detections;
import cn.energydata.classifier.engine.Engine;
import cn.energydata.classifier.engine.EngineResult;
import cn.energydata.classifier.engine.RuleSet;
import cn.energydata.classifier.engine.TextPart;
import cn.energydata.classifier.extraction.BoundedExtractor;
import cn.energydata.classifier.extraction.ExtractedDocument;
import cn.energydata.classifier.extraction.ExtractionException;
import cn.energydata.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;

/** Orchestrates extraction, detection and grading, and turns extraction failures into problems. */
@ApplicationScoped
public class ClassificationService {

    private static final Logger LOG = Logger.getLogger(ClassificationService.class);

    @Inject
    Engine engine;

    @Inject
    BoundedExtractor extractor;

    @Inject
    ClassifierConfig config;

    public ClassificationResult classifyFile(Path file, String fileName, Descriptor descriptor) {
        long t0 = System.nanoTime();
        long size;
        String sha;
        try {
            size = Files.size(file);
            sha = sha256(file);
        } catch (IOException e) {
            throw new ProblemException(400, "unreadable-upload", "Unreadable upload", "The uploaded file could not be read");
        }
        ExtractedDocument doc;
        try {
            doc = extractor.extract(file, fileName);
        } catch (ExtractionException e) {
            // The reason only: never content, never the file name (it may hold personal information).
            LOG.infof("Extraction refused (%s): %s", e.kind(), e.getMessage());
            throw toProblem(e);
        } catch (IOException e) {
            throw new ProblemException(422, "corrupt-document", "Corrupt document", "The document could not be read");
        }
        long t1 = System.nanoTime();
        List<TextPart> parts = doc.parts().stream()
                .map(p -> new TextPart(p.path(), p.contentType(), p.text(), p.head(), p.pageStarts())).toList();
        return run(parts, descriptor, new Engine.Extraction(doc.status(), doc.reason(), doc.contentRead()),
                new ClassificationResult.Extraction(doc.status(), doc.reason(), doc.embeddedDocuments(), doc.characters()),
                doc.contentType(), sha, size, t0, t1);
    }

    public ClassificationResult classifyText(String text, Descriptor descriptor) {
        long t0 = System.nanoTime();
        String body = text == null ? "" : text;
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        List<TextPart> parts = text == null ? List.of() : List.of(new TextPart("text", "text/plain", body, body));
        return run(parts, descriptor, Engine.Extraction.COMPLETE,
                new ClassificationResult.Extraction("COMPLETE", null, 0, body.length()),
                text == null ? "application/json" : "text/plain", sha256(bytes), bytes.length, t0, System.nanoTime());
    }

    public RuleSet rules() {
        return engine.rules();
    }

    private ClassificationResult run(List<TextPart> parts, Descriptor descriptor, Engine.Extraction extraction,
                                     ClassificationResult.Extraction extractionView, String contentType, String sha,
                                     long size, long t0, long t1) {
        LocalDate today = LocalDate.now(ZoneId.of(config.rules().zone()));
        List<TextPart> all = Engine.withDescriptor(parts, descriptor);
        Detections detections = engine.detect(all, today);
        long t2 = System.nanoTime();
        EngineResult r = engine.grade(all, detections, descriptor, extraction);
        long t3 = System.nanoTime();
        RuleSet rules = engine.rules();
        return new ClassificationResult(r.level(), r.levelBasis(), r.needsReview(), r.flags(), r.categories(), r.subjects(),
                r.findings(), r.findingsTotal(), r.columns(), r.reasons(), extractionView, contentType, r.languages(),
                sha, size, new ClassificationResult.RulePackRef(rules.version(), rules.hash(),
                rules.packs().stream().map(p -> new ClassificationResult.PackRef(p.id(), p.version())).toList()),
                new ClassificationResult.Timings(ms(t1 - t0), ms(t2 - t1), ms(t3 - t2), ms(t3 - t0)));
    }

    static ProblemException toProblem(ExtractionException e) {
        return switch (e.kind()) {
            case CORRUPT -> new ProblemException(422, "corrupt-document", "Corrupt document", e.getMessage());
            case TOO_DEEP -> new ProblemException(422, "nesting-too-deep", "Embedded documents nested too deep", e.getMessage());
            case TOO_MANY_EMBEDDED -> new ProblemException(422, "too-many-embedded", "Too many embedded documents", e.getMessage());
            case ZIP_BOMB -> new ProblemException(422, "zip-bomb", "Decompression bomb", e.getMessage());
            case TIMEOUT -> new ProblemException(422, "extraction-timeout", "Extraction timed out", e.getMessage());
            case BUSY -> new ProblemException(503, "busy", "Classifier busy", e.getMessage());
        };
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest md = digest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), md)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
