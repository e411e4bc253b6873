package cn.energydata.classifier.extraction;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.UnsupportedFormatException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Tika extraction of one document and, recursively, of everything embedded in it (each its own part with an
 * embedded path), within the limits of {@link ExtractionLimits}. Runs on the calling thread; see
 * {@link BoundedExtractor} for the time bound and bounded concurrency. The parser is built once and shared.
 */
public final class Extractor {

    static final int HEAD_BYTES = 64 * 1024;

    private final Parser parser;
    private final ExtractionLimits limits;

    public Extractor(ExtractionLimits limits) {
        this.parser = new AutoDetectParser(TikaConfig.getDefaultConfig());
        this.limits = limits;
    }

    public ExtractionLimits limits() {
        return limits;
    }

    public ExtractedDocument extract(Path file, String name) throws ExtractionException, IOException {
        return extract(file, name, new Budget(limits, Files.size(file)));
    }

    ExtractedDocument extract(Path file, String name, Budget budget) throws ExtractionException, IOException {
        long size = Files.size(file);
        if (size == 0) {
            throw new ExtractionException(ExtractionException.Kind.EMPTY, "The document is empty (0 bytes)");
        }
        String docName = name == null || name.isBlank() ? "document" : name;
        Run run = new Run(budget);
        run.rootName = docName;
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, docName);
        TextCollector collector = new TextCollector(budget);
        Throwable failure = null;
        String head = head(Files.newInputStream(file));
        try (TikaInputStream in = TikaInputStream.get(file, metadata)) {
            parser.parse(in, new BodyContentHandler(collector), metadata, run.context);
        } catch (EncryptedDocumentException e) {
            throw new ExtractionException(ExtractionException.Kind.ENCRYPTED,
                    "The document is encrypted or password-protected", e);
        } catch (SAXException | TikaException | IOException | RuntimeException e) {
            failure = e;
        }
        if (budget.abortReason() != null) {
            throw budget.abortReason();
        }
        String contentType = metadata.get(Metadata.CONTENT_TYPE);
        List<ExtractedDocument.Part> parts = new ArrayList<>();
        parts.add(new ExtractedDocument.Part(docName, contentType, collector.text(), head, collector.pageStarts()));
        addMetadataPart(parts, docName, metadata);
        parts.addAll(run.parts);
        long chars = parts.stream().mapToLong(p -> p.text().length()).sum();

        if (failure != null && !budget.truncated()) {
            if (isEncrypted(failure)) {
                throw new ExtractionException(ExtractionException.Kind.ENCRYPTED,
                        "The document is encrypted or password-protected", failure);
            }
            if (chars == 0 || collector.text().isBlank()) {
                throw new ExtractionException(ExtractionException.Kind.CORRUPT,
                        "The document could not be parsed as " + (contentType == null ? "any known format" : contentType)
                                + ": it is corrupt or malformed", failure);
            }
        }
        if (isUnsupported(contentType) && chars == 0) {
            throw new ExtractionException(ExtractionException.Kind.UNSUPPORTED,
                    "The document's type (" + contentType + ") is not one this service can read");
        }
        String status = "COMPLETE";
        String reason = null;
        if (budget.truncated()) {
            status = "TRUNCATED";
            reason = "Write limit of " + limits.maxChars() + " characters reached; the rest was not analysed";
        } else if (failure != null) {
            status = "PARTIAL";
            reason = "Parsing stopped early (" + describe(failure) + "); text before the error was analysed";
        } else if (!run.failures.isEmpty()) {
            status = "PARTIAL";
            reason = String.join("; ", run.failures);
        }
        return new ExtractedDocument(parts, status, reason, contentType, run.embedded, chars);
    }

    private static boolean isUnsupported(String contentType) {
        return contentType == null || contentType.startsWith("application/octet-stream");
    }

    private static boolean isEncrypted(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof EncryptedDocumentException
                    || c.getClass().getName().endsWith("EncryptedDocumentException")) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Throwable t) {
        return t instanceof UnsupportedFormatException ? "unsupported format variant"
                : t instanceof TikaException ? "malformed content" : "read error";
    }

    /** Metadata worth scanning (authors, titles, GPS of photos), as a part of its own. */
    private static void addMetadataPart(List<ExtractedDocument.Part> parts, String path, Metadata m) {
        StringBuilder sb = new StringBuilder();
        for (String key : m.names()) {
            String k = key.toLowerCase(Locale.ROOT);
            if (k.contains("creator") || k.contains("author") || k.contains("title") || k.contains("subject")
                    || k.startsWith("message-") || k.contains("description") || k.contains("keywords")) {
                for (String v : m.getValues(key)) {
                    sb.append(key).append(": ").append(v).append('\n');
                }
            }
        }
        String lat = m.get("geo:lat");
        String lon = m.get("geo:long");
        if (lat != null && lon != null) {
            sb.append("GPS coordinates: ").append(lat).append(", ").append(lon).append('\n');
        }
        if (sb.length() > 0) {
            parts.add(new ExtractedDocument.Part(path + "#metadata", "text/plain", sb.toString(), null));
        }
    }

    static String head(InputStream in) throws IOException {
        try (in) {
            byte[] buf = in.readNBytes(HEAD_BYTES);
            return decodeHead(buf, buf.length);
        }
    }

    private static String decodeHead(byte[] buf, int n) {
        if (n >= 2 && (buf[0] == (byte) 0xFE && buf[1] == (byte) 0xFF || buf[0] == (byte) 0xFF && buf[1] == (byte) 0xFE)) {
            return new String(buf, 0, n, StandardCharsets.UTF_16);
        }
        int nul = 0;
        for (int i = 0; i < Math.min(n, 1024); i++) {
            if (buf[i] == 0) {
                nul++;
            }
        }
        return nul > 8 ? "" : new String(buf, 0, n, StandardCharsets.UTF_8);
    }

    /** Per-document state: parse context, embedded parts, depth. */
    private final class Run implements EmbeddedDocumentExtractor {
        final ParseContext context = new ParseContext();
        final Budget budget;
        final List<ExtractedDocument.Part> parts = new ArrayList<>();
        final List<String> failures = new ArrayList<>();
        final List<String> pathStack = new ArrayList<>();
        int embedded;
        String rootName = "document";

        Run(Budget budget) {
            this.budget = budget;
            context.set(Parser.class, parser);
            context.set(EmbeddedDocumentExtractor.class, this);
        }

        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
            return true;
        }

        @Override
        public void parseEmbedded(InputStream stream, ContentHandler ignored, Metadata metadata, boolean outputHtml)
                throws SAXException, IOException {
            budget.check();
            if (pathStack.size() + 1 > limits.maxDepth()) {
                budget.abort(new ExtractionException(ExtractionException.Kind.TOO_DEEP,
                        "Embedded documents are nested deeper than " + limits.maxDepth() + " levels"));
                budget.check();
            }
            if (++embedded > limits.maxEmbedded()) {
                budget.abort(new ExtractionException(ExtractionException.Kind.TOO_MANY_EMBEDDED,
                        "More than " + limits.maxEmbedded() + " embedded documents"));
                budget.check();
            }
            String declared = metadata.get(Metadata.CONTENT_LENGTH);
            if (declared != null && declared.matches("\\d{1,18}")) {
                budget.declaredSize(Long.parseLong(declared));
            }
            String name = metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY);
            if (name == null) {
                name = metadata.get(TikaCoreProperties.EMBEDDED_RELATIONSHIP_ID);
            }
            String path = (pathStack.isEmpty() ? rootName : pathStack.get(pathStack.size() - 1)) + "!/"
                    + (name == null ? "embedded-" + embedded : name);
            pathStack.add(path);
            TextCollector collector = new TextCollector(budget);
            try {
                BufferedInputStream buffered = new BufferedInputStream(new Inflation(stream), HEAD_BYTES + 1);
                buffered.mark(HEAD_BYTES + 1);
                byte[] headBytes = buffered.readNBytes(HEAD_BYTES);
                buffered.reset();
                Metadata inner = new Metadata();
                if (name != null) {
                    inner.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
                }
                try (TikaInputStream tis = TikaInputStream.get(buffered)) {
                    parser.parse(tis, new BodyContentHandler(collector), inner, context);
                } catch (TikaException | RuntimeException e) {
                    if (budget.abortReason() == null && !budget.truncated()) {
                        failures.add(path + ": " + (isEncrypted(e) ? "encrypted, not analysed" : "could not be parsed"));
                    }
                }
                parts.add(new ExtractedDocument.Part(path, inner.get(Metadata.CONTENT_TYPE), collector.text(),
                        decodeHead(headBytes, headBytes.length), collector.pageStarts()));
                addMetadataPart(parts, path, inner);
            } finally {
                pathStack.remove(pathStack.size() - 1);
            }
            budget.check();
        }


        /** Counts inflated bytes read from an embedded stream (zip-bomb guard). */
        private final class Inflation extends FilterInputStream {
            Inflation(InputStream in) {
                super(in);
            }

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    count(1);
                }
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (n > 0) {
                    count(n);
                }
                return n;
            }

            private void count(long n) throws IOException {
                try {
                    budget.inflated(n);
                } catch (Budget.Stop e) {
                    throw new IOException(e.getMessage(), e);
                }
            }
        }
    }
}
