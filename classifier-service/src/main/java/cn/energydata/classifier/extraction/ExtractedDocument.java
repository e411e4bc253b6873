package cn.energydata.classifier.extraction;

import java.util.List;

/**
 * The text of a document and of everything embedded in it, with how complete the extraction was
 * ({@link Extractor.Status}); {@code contentRead} is false when nothing of the document's content could be read
 * (metadata and an archive's list of entries do not count).
 */
public record ExtractedDocument(List<Part> parts, String status, String reason, String contentType,
                                int embeddedDocuments, long characters, boolean contentRead) {

    /**
     * One document's text; {@code path} is {@code name} or {@code name!/inner!/deeper}; {@code head} raw start;
     * {@code pageStarts} the text offsets where pages begin (empty when the format has no pages).
     */
    public record Part(String path, String contentType, String text, String head, int[] pageStarts) {
        public Part(String path, String contentType, String text, String head) {
            this(path, contentType, text, head, new int[0]);
        }
    }
}
