package cn.energydata.classifier.service;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many classifications run at once — extraction, detection and grading together, so that neither the parse nor
 * the text and findings it produces pile up in memory — and how many may wait for a slot. A request beyond both
 * waits no longer than {@code queueWait} and is otherwise refused with 503 and {@code Retry-After}.
 */
public final class Capacity {

    private final Semaphore slots;
    private final AtomicInteger waiting = new AtomicInteger();
    private final int maxConcurrent;
    private final int maxQueued;
    private final Duration queueWait;

    public Capacity(int maxConcurrent, int maxQueued, Duration queueWait) {
        this.slots = new Semaphore(maxConcurrent, true);
        this.maxConcurrent = maxConcurrent;
        this.maxQueued = maxQueued;
        this.queueWait = queueWait;
    }

    /** A slot held until closed. */
    public interface Slot extends AutoCloseable {
        @Override
        void close();
    }

    public Slot admit() {
        if (!slots.tryAcquire()) {
            waitForSlot();
        }
        return slots::release;
    }

    private void waitForSlot() {
        if (waiting.incrementAndGet() > maxQueued) {
            waiting.decrementAndGet();
            throw busy("all " + maxConcurrent + " classification slots are busy and " + maxQueued
                    + " requests are already waiting");
        }
        try {
            if (!slots.tryAcquire(queueWait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw busy("all " + maxConcurrent + " classification slots stayed busy for " + queueWait.toSeconds() + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy("interrupted while waiting for a classification slot");
        } finally {
            waiting.decrementAndGet();
        }
    }

    /** The answer when there is no room; clients retry after about one queue wait. */
    public BusyException busy(String why) {
        return new BusyException("The classifier is at capacity (" + why + "); retry later",
                Math.max(1, queueWait.toSeconds()));
    }
}
