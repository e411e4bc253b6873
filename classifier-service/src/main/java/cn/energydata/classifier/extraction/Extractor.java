package cn.energydata.classifier.extraction;

import cn.energydata.classifier.engine.Extraction;
import cn.energydata.classifier.engine.ExtractionStatus;
import cn.energydata.classifier.engine.text.TextPart;
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
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Tika extraction of one document and, recursively, of everything embedded in it (each its own part with an
 * embedded path), within the limits of {@link ExtractionLimits}. Runs on the calling thread; see
 * {@link BoundedExtractor} for the time bound and bounded concurrency. The parser is built once and shared.
 */
public final class Extractor {

    static final int HEAD_BYTES = 64 * 1024;
    private static final String METADATA_SUFFIX = "#metadata";
    /** How commons-compress names the entry in its exception messages ("... used in entry a/b.txt"). */
    private static final String ENTRY_MARKER = " in entry ";
    /** Archives and compressed streams: their own text is only the list of what they hold. */
    private static final Set<String> PACKAGE_TYPES = Set.of("application/zip", "application/x-zip-compressed",
            "application/gzip", "application/x-gzip", "application/x-tar", "application/x-gtar",
            "application/x-7z-compressed", "application/x-bzip2", "application/x-bzip", "application/x-xz",
            "application/x-compress", "application/zstd", "application/x-lzma", "application/x-cpio",
            "application/x-archive", "application/java-archive", "application/x-rar-compressed", "application/vnd.rar");

    private final AutoDetectParser parser;
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
        String docName = name == null || name.isBlank() ? "document" : name;
        if (Files.size(file) == 0) {
            return nothingRead(List.of(), ExtractionStatus.EMPTY, "The document is empty (0 bytes)", null, 0);
        }
        Run run = new Run(budget);
        run.rootName = docName;
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, docName);
        TextCollector collector = new TextCollector(budget);
        String head = head(Files.newInputStream(file));
        Throwable failure = parse(file, metadata, collector, run);
        String contentType = metadata.get(Metadata.CONTENT_TYPE);
        List<TextPart> parts = new ArrayList<>();
        boolean whiteSpaceOnly = false;
        if (failure == null && collector.text().isBlank() && run.parts.isEmpty()) {
            // No parser produced text (an unknown type, or a text format Tika has no parser for, such as LaTeX):
            // read it as text if it is text, never refuse it or call it empty.
            Optional<Charset> charset = TextSniffer.charsetOf(Files.newInputStream(file));
            if (charset.isEmpty() && isUnsupported(contentType)) {
                return nothingRead(parts, ExtractionStatus.UNSUPPORTED, "The document's type is not one this service can read "
                        + "(binary content of an unknown format); its content could not be analysed", contentType, 0);
            }
            if (charset.isPresent()) {
                contentType = readAsText(file, charset.get(), contentType, collector, budget);
                whiteSpaceOnly = collector.text().isBlank();
            }
        }
        parts.add(new TextPart(docName, contentType, collector.text(), head, collector.pageStarts()));
        addMetadataPart(parts, docName, metadata);
        parts.addAll(run.parts);
        if (failure != null && isEncrypted(failure)) {
            return nothingRead(parts, ExtractionStatus.ENCRYPTED,
                    "The document is encrypted or password-protected; its content could not be read", contentType, 0);
        }
        if (failure != null && !budget.truncated() && collector.text().isBlank() && run.parts.isEmpty()) {
            return nothingRead(parts, ExtractionStatus.UNREADABLE, "The document could not be parsed as "
                    + (contentType == null ? "any known format" : contentType) + ": it is corrupt or malformed",
                    contentType, run.embedded);
        }
        return new ExtractedDocument(parts, completeness(parts, docName, contentType, run, failure, whiteSpaceOnly),
                contentType);
    }

    /** Parses the document with Tika into {@code collector} (embedded documents into {@code run}); the failure, if any. */
    private Throwable parse(Path file, Metadata metadata, TextCollector collector, Run run)
            throws ExtractionException, IOException {
        Throwable failure = null;
        try (TikaInputStream in = TikaInputStream.get(file, metadata)) {
            parser.parse(in, new BodyContentHandler(collector), metadata, run.context);
        } catch (SAXException | TikaException | IOException | RuntimeException e) {
            failure = e;
        }
        if (run.budget.abortReason() != null) {
            throw run.budget.abortReason();
        }
        run.noteStreamExceptions(run.rootName, metadata);
        return failure;
    }

    /** Reads bytes no parser read as text in {@code charset}; the content type to report. */
    private static String readAsText(Path file, Charset charset, String contentType, TextCollector collector,
                                     Budget budget) throws ExtractionException, IOException {
        readAsText(Files.newInputStream(file), charset, collector);
        if (budget.abortReason() != null) {
            throw budget.abortReason();
        }
        return isUnsupported(contentType) ? "text/plain; charset=" + charset.name() : contentType;
    }

    /** How completely the document was read, once something of it was. */
    private Extraction completeness(List<TextPart> parts, String docName, String contentType, Run run,
                                    Throwable failure, boolean whiteSpaceOnly) {
        long chars = parts.stream().mapToLong(p -> p.text().length()).sum();
        boolean rootIsPackage = isPackage(contentType);
        boolean contentRead = parts.stream().anyMatch(p -> isContent(p, docName, rootIsPackage));
        ExtractionStatus status = ExtractionStatus.COMPLETE;
        String reason = null;
        if (run.budget.truncated()) {
            status = ExtractionStatus.TRUNCATED;
            reason = "Write limit of " + limits.maxChars() + " characters reached; the rest was not analysed";
        } else if (!run.encrypted.isEmpty()) {
            status = ExtractionStatus.ENCRYPTED;
            reason = "Encrypted, not analysed: " + String.join(", ", run.encrypted);
        } else if (!run.unreadable.isEmpty()) {
            status = ExtractionStatus.UNREADABLE;
            reason = "Could not be read, not analysed: " + String.join(", ", run.unreadable);
        } else if (failure != null) {
            status = ExtractionStatus.PARTIAL;
            reason = "Parsing stopped early (" + describe(failure) + "); text before the error was analysed";
        } else if (!contentRead && whiteSpaceOnly) {
            status = ExtractionStatus.EMPTY;
            reason = "The document holds only white space";
        } else if (!contentRead) {
            status = ExtractionStatus.UNREADABLE;
            reason = "No text could be extracted (an image, a scan or a drawing? OCR is not enabled)";
        }
        return new Extraction(status, reason, contentRead, run.embedded, chars);
    }

    private static ExtractedDocument nothingRead(List<TextPart> parts, ExtractionStatus status, String reason,
                                                 String contentType, int embedded) {
        long chars = parts.stream().mapToLong(p -> p.text().length()).sum();
        return new ExtractedDocument(List.copyOf(parts), new Extraction(status, reason, false, embedded, chars), contentType);
    }

    /**
     * Whether a part holds document content: not metadata, not the entry listing of an archive, not blank.
     */
    private static boolean isContent(TextPart p, String rootName, boolean rootIsPackage) {
        return !p.path().endsWith(METADATA_SUFFIX) && !(rootIsPackage && p.path().equals(rootName))
                && !p.text().isBlank();
    }

    /**
     * Decodes bytes the sniffer accepted as text into the collector; stops quietly at the write limit or an abort
     * (the caller checks the budget afterwards).
     */
    private static void readAsText(InputStream stream, Charset charset, TextCollector collector) throws IOException {
        try (Reader reader = new InputStreamReader(stream, charset)) {
            char[] buf = new char[8192];
            for (int n; (n = reader.read(buf)) > 0; ) {
                collector.characters(buf, 0, n);
            }
        } catch (SAXException stopped) {
            // write limit reached or extraction aborted: the budget says which
        }
    }

    private static boolean isPackage(String contentType) {
        return contentType != null && PACKAGE_TYPES.contains(contentType.split(";")[0].strip());
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
    private static void addMetadataPart(List<TextPart> parts, String path, Metadata m) {
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
            parts.add(new TextPart(path + METADATA_SUFFIX, "text/plain", sb.toString(), null));
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
        final List<TextPart> parts = new ArrayList<>();
        /** Embedded documents that were encrypted, or could not be read, by path: reported, never silently skipped. */
        final List<String> encrypted = new ArrayList<>();
        final List<String> unreadable = new ArrayList<>();
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
                String type;
                try (TikaInputStream tis = TikaInputStream.get(buffered)) {
                    type = parser.getDetector().detect(tis, inner).toString();
                    if (isUnsupported(type)) {
                        type = readUnknown(tis, headBytes, path, collector);
                    } else {
                        parser.parse(tis, new BodyContentHandler(collector), inner, context);
                        type = inner.get(Metadata.CONTENT_TYPE);
                    }
                } catch (TikaException | IOException | RuntimeException e) {
                    type = inner.get(Metadata.CONTENT_TYPE);
                    if (budget.abortReason() == null && !budget.truncated()) {
                        (isEncrypted(e) ? encrypted : unreadable).add(path);
                    }
                }
                budget.check();
                noteStreamExceptions(path, inner);
                if (inner.get(Metadata.CONTENT_TYPE) == null && type != null) {
                    inner.set(Metadata.CONTENT_TYPE, type);
                }
                parts.add(new TextPart(path, inner.get(Metadata.CONTENT_TYPE), collector.text(),
                        decodeHead(headBytes, headBytes.length), collector.pageStarts()));
                addMetadataPart(parts, path, inner);
            } finally {
                pathStack.remove(pathStack.size() - 1);
            }
            budget.check();
        }


        /**
         * Archive parsers record an entry they cannot open (encrypted, unsupported compression) in the container's
         * metadata instead of throwing; such an entry is reported like any unreadable embedded document.
         */
        void noteStreamExceptions(String containerPath, Metadata m) {
            for (String trace : m.getValues(TikaCoreProperties.TIKA_META_EXCEPTION_EMBEDDED_STREAM)) {
                String first = trace.lines().findFirst().orElse("");
                int at = first.lastIndexOf(ENTRY_MARKER);
                String path = at < 0 ? containerPath + "!/(an entry)"
                        : containerPath + "!/" + first.substring(at + ENTRY_MARKER.length()).strip();
                (first.toLowerCase(Locale.ROOT).contains("encrypt") ? encrypted : unreadable).add(path);
            }
        }

        /** An embedded stream no parser recognises: text in a charset the sniffer knows, else reported unreadable. */
        private String readUnknown(InputStream in, byte[] headBytes, String path, TextCollector collector)
                throws IOException {
            if (headBytes.length == 0) {
                return "application/octet-stream";
            }
            Optional<Charset> charset = TextSniffer.charsetOf(headBytes, headBytes.length, headBytes.length < HEAD_BYTES);
            if (charset.isEmpty()) {
                unreadable.add(path + " (binary content of an unknown format)");
                return "application/octet-stream";
            }
            readAsText(in, charset.get(), collector);
            return "text/plain; charset=" + charset.get().name();
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
