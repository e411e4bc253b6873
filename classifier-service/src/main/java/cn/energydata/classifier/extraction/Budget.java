package cn.energydata.classifier.extraction;

import org.xml.sax.SAXException;

/**
 * Shared, per-document limits checked while parsing: characters left, deadline, inflated bytes, and the first
 * reason to abort. Parsers may swallow the exception we throw; the recorded reason still wins afterwards.
 */
final class Budget {

    /** Thrown from handlers and the embedded extractor to stop a parse. */
    static final class Stop extends SAXException {
        Stop(String message) {
            super(message);
        }
    }

    private final ExtractionLimits limits;
    private final long deadlineNanos;
    private final long inputSize;
    private long charsLeft;
    private long inflated;
    private volatile boolean truncated;
    private volatile ExtractionException abort;

    Budget(ExtractionLimits limits, long inputSize) {
        this.limits = limits;
        this.inputSize = inputSize;
        this.deadlineNanos = System.nanoTime() + limits.timeout().toNanos();
        this.charsLeft = limits.maxChars();
    }

    ExtractionLimits limits() {
        return limits;
    }

    synchronized int take(int wanted) {
        int granted = (int) Math.min(wanted, charsLeft);
        charsLeft -= granted;
        if (granted < wanted) {
            truncated = true;
        }
        return granted;
    }

    boolean truncated() {
        return truncated;
    }

    ExtractionException abortReason() {
        return abort;
    }

    void abort(ExtractionException reason) {
        if (abort == null) {
            abort = reason;
        }
    }

    /** Throws when parsing must stop: aborted, out of time, interrupted, or write limit reached. */
    void check() throws Stop {
        if (abort == null && (System.nanoTime() > deadlineNanos || Thread.currentThread().isInterrupted())) {
            abort(new ExtractionException(ExtractionException.Kind.TIMEOUT,
                    "Extraction took longer than " + limits.timeout().toSeconds() + " s"));
        }
        if (abort != null) {
            throw new Stop(abort.getMessage());
        }
        if (truncated) {
            throw new Stop("write limit reached");
        }
    }

    synchronized void inflated(long bytes) throws Stop {
        inflated += bytes;
        checkInflation(inflated);
    }

    void declaredSize(long bytes) throws Stop {
        checkInflation(bytes);
    }

    private void checkInflation(long bytes) throws Stop {
        if (bytes > limits.minInflatedBytes() && bytes > limits.maxCompressionRatio() * Math.max(1, inputSize)) {
            abort(new ExtractionException(ExtractionException.Kind.ZIP_BOMB, "Embedded content inflates more than "
                    + limits.maxCompressionRatio() + " times the document's size (zip bomb)"));
            throw new Stop("zip bomb");
        }
    }
}
