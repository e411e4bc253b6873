package cn.energydata.classifier.engine;

/** How completely a document was read; every status but COMPLETE sets NEEDS_REVIEW. */
public enum ExtractionStatus {
    COMPLETE, TRUNCATED, PARTIAL, ENCRYPTED, UNREADABLE, EMPTY, UNSUPPORTED
}
