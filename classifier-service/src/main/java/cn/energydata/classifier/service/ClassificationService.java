package cn.energydata.classifier.service;

import cn.energydata.classifier.config.ClassifierConfig;
import cn.energydata.classifier.engine.Descriptor;
import cn.energydata.classifier.engine.Detections;
import cn.energydata.classifier.engine.Engine;
import cn.energydata.classifier.engine.EngineResult;
import cn.energydata.classifier.engine.Extraction;
import cn.energydata.classifier.engine.rules.RuleSet;
import cn.energydata.classifier.engine.text.TextPart;
import cn.energydata.classifier.extraction.BoundedExtractor;
import cn.energydata.classifier.extraction.ExtractedDocument;
import cn.energydata.classifier.extraction.ExtractionException;
import cn.energydata.common.hash.Sha256;
import cn.energydata.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Clock;
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

    @Inject
    Clock clock;

    @Inject
    Capacity capacity;

    public Classification classifyFile(Path file, String fileName, Descriptor descriptor) {
        long t0 = System.nanoTime();
        long size;
        String sha;
        try {
            size = Files.size(file);
            sha = sha256(file);
        } catch (IOException e) {
            throw new ProblemException(400, "unreadable-upload", "Unreadable upload", "The uploaded file could not be read");
        }
        try (Capacity.Slot slot = capacity.admit()) {
            ExtractedDocument doc = extract(file, fileName);
            return run(doc.parts(), descriptor, doc.extraction(), doc.contentType(), sha, size, t0, System.nanoTime());
        }
    }

    private ExtractedDocument extract(Path file, String fileName) {
        try {
            return extractor.extract(file, fileName);
        } catch (ExtractionException e) {
            // The reason only: never content, never the file name (it may hold personal information).
            LOG.infof("Extraction refused (%s): %s", e.kind(), e.getMessage());
            throw toProblem(e);
        } catch (IOException e) {
            throw new ProblemException(422, "corrupt-document", "Corrupt document", "The document could not be read");
        }
    }

    /**
     * Classifies text and/or a descriptor. The source is read only once a slot is held: a request waiting for one,
     * or refused with 503, holds no body in memory.
     */
    public Classification classifyText(TextSource source) throws IOException {
        long t0 = System.nanoTime();
        try (Capacity.Slot slot = capacity.admit()) {
            TextSource.Content content = source.read();
            String text = content.text();
            String body = text == null ? "" : text;
            Utf8Fingerprint fingerprint = Utf8Fingerprint.of(body);
            List<TextPart> parts = text == null ? List.of() : List.of(new TextPart("text", "text/plain", body, body));
            return run(parts, content.descriptor(), Extraction.complete(body.length()),
                    text == null ? "application/json" : "text/plain", fingerprint.sha256(), fingerprint.size(), t0,
                    System.nanoTime());
        }
    }

    public RuleSet rules() {
        return engine.rules();
    }

    private Classification run(List<TextPart> parts, Descriptor descriptor, Extraction extraction, String contentType,
                               String sha, long size, long t0, long t1) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(config.rules().zone())));
        List<TextPart> all = Engine.withDescriptor(parts, descriptor);
        Detections detections = engine.detect(all, today);
        long t2 = System.nanoTime();
        EngineResult r = engine.grade(all, detections, descriptor, extraction);
        long t3 = System.nanoTime();
        return new Classification(r, extraction, contentType, sha, size, engine.rules(),
                new Classification.Timings(ms(t1 - t0), ms(t2 - t1), ms(t3 - t2), ms(t3 - t0)));
    }

    ProblemException toProblem(ExtractionException e) {
        return switch (e.kind()) {
            case CORRUPT -> new ProblemException(422, "corrupt-document", "Corrupt document", e.getMessage());
            case TOO_DEEP -> new ProblemException(422, "nesting-too-deep", "Embedded documents nested too deep", e.getMessage());
            case TOO_MANY_EMBEDDED -> new ProblemException(422, "too-many-embedded", "Too many embedded documents", e.getMessage());
            case ZIP_BOMB -> new ProblemException(422, "zip-bomb", "Decompression bomb", e.getMessage());
            case TIMEOUT -> new ProblemException(422, "extraction-timeout", "Extraction timed out", e.getMessage());
            case BUSY -> capacity.busy(e.getMessage());
        };
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest md = Sha256.digest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), md)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
