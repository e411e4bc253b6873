package cn.energydata.classifier.extraction;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs extractions on a fixed pool of {@code maxConcurrent} threads with a per-document deadline. The caller
 * gets its answer at the deadline whatever the parser does; the parse itself is stopped by the budget checks
 * on every SAX event and by interruption. A permit is released only when the parse really ends, so a parser
 * that ignores both keeps its slot instead of letting more parses pile up in memory.
 */
public final class BoundedExtractor implements AutoCloseable {

    private final Extractor extractor;
    private final ExtractionLimits limits;
    private final Semaphore permits;
    private final ExecutorService pool;

    public BoundedExtractor(Extractor extractor) {
        this.extractor = extractor;
        this.limits = extractor.limits();
        this.permits = new Semaphore(limits.maxConcurrent());
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(limits.maxConcurrent(), r -> {
            Thread t = new Thread(r, "tika-extract-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    public ExtractedDocument extract(Path file, String name) throws ExtractionException, IOException {
        try {
            if (!permits.tryAcquire(limits.queueWait().toMillis(), TimeUnit.MILLISECONDS)) {
                throw busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy();
        }
        Budget budget;
        Future<ExtractedDocument> future;
        try {
            budget = new Budget(limits, java.nio.file.Files.size(file));
            Budget b = budget;
            future = pool.submit(() -> {
                try {
                    return extractor.extract(file, name, b);
                } finally {
                    permits.release();
                }
            });
        } catch (RejectedExecutionException e) {
            permits.release();
            throw busy();
        } catch (IOException e) {
            permits.release();
            throw e;
        }
        try {
            return future.get(limits.timeout().toMillis() + 250, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            budget.abort(new ExtractionException(ExtractionException.Kind.TIMEOUT,
                    "Extraction took longer than " + limits.timeout().toSeconds() + " s"));
            future.cancel(true);
            throw budget.abortReason();
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw busy();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ExtractionException ee) {
                throw ee;
            }
            if (cause instanceof IOException io) {
                throw io;
            }
            throw new ExtractionException(ExtractionException.Kind.CORRUPT,
                    "The document could not be parsed: it is corrupt or malformed", cause);
        }
    }

    private ExtractionException busy() {
        return new ExtractionException(ExtractionException.Kind.BUSY,
                "All " + limits.maxConcurrent() + " extraction slots are busy; retry later");
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
