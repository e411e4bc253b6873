package cn.energydata.classifier.engine;

/**
 * How extraction went: its status and why, whether any of the document's content was read at all (metadata and an
 * archive's list of entries do not count), how many embedded documents and characters were read.
 */
public record Extraction(ExtractionStatus status, String reason, boolean contentRead, int embeddedDocuments,
                         long characters) {

    /** Text given as text: read completely, nothing embedded. */
    public static Extraction complete(long characters) {
        return new Extraction(ExtractionStatus.COMPLETE, null, true, 0, characters);
    }

    public static final Extraction COMPLETE = complete(0);

    public boolean isComplete() {
        return status == ExtractionStatus.COMPLETE;
    }
}
