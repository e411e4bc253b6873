package cn.energydata.classifier.extraction;

/** A document that cannot be extracted, and why. Messages never quote document content. */
public class ExtractionException extends Exception {

    public enum Kind { EMPTY, ENCRYPTED, CORRUPT, UNSUPPORTED, TOO_DEEP, TOO_MANY_EMBEDDED, ZIP_BOMB, TIMEOUT, BUSY }

    private final Kind kind;

    public ExtractionException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public ExtractionException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
