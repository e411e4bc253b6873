package cn.energydata.classifier.extraction;

import cn.energydata.classifier.engine.Extraction;
import cn.energydata.classifier.engine.ExtractionStatus;
import cn.energydata.classifier.engine.text.TextPart;

import java.util.List;

/**
 * The text of a document and of everything embedded in it ({@code path} {@code name} or {@code name!/inner!/deeper}),
 * with how complete the extraction was.
 */
public record ExtractedDocument(List<TextPart> parts, Extraction extraction, String contentType) {

    public ExtractionStatus status() {
        return extraction.status();
    }

    public String reason() {
        return extraction.reason();
    }

    public boolean contentRead() {
        return extraction.contentRead();
    }

    public int embeddedDocuments() {
        return extraction.embeddedDocuments();
    }

    public long characters() {
        return extraction.characters();
    }
}
