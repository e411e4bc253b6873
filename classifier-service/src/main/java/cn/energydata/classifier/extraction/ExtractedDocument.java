package cn.energydata.classifier.extraction;

import java.util.List;

/** The text of a document and of everything embedded in it, with how complete the extraction was. */
public record ExtractedDocument(List<Part> parts, String status, String reason, String contentType,
                                int embeddedDocuments, long characters) {

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
