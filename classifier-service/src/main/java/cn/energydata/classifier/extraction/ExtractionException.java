package cn.energydata.classifier.extraction;

/**
 * A document whose extraction was refused or stopped: hostile (bomb, nesting, too many parts), too slow, the service
 * busy, or a parser failing outside its own error handling. Content that merely cannot be read is not an exception:
 * it is answered with an extraction status (engine.ExtractionStatus). Messages never quote document content.
 */
public class ExtractionException extends Exception {

    public enum Kind { CORRUPT, TOO_DEEP, TOO_MANY_EMBEDDED, ZIP_BOMB, TIMEOUT, BUSY }

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
