package cn.energydata.classifier.service;

import cn.energydata.common.problem.ProblemException;

/** 503 {@code busy}: all classification slots are taken and the wait queue is full or waited out. */
public class BusyException extends ProblemException {

    private final long retryAfterSeconds;

    public BusyException(String detail, long retryAfterSeconds) {
        super(503, "busy", "Classifier busy", detail);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** When a client should try again (the {@code Retry-After} header). */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
