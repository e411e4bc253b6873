package cn.energydata.systemtest;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One client writing as fast as it is answered while something fails underneath (a process killed, the database
 * restarted or failed over), remembering the id and time of every write answered with success: the fault tests
 * then check that each of them survived.
 */
public final class AnsweredWrites {

    /** One write: the id of what was written when the service answered with success, empty otherwise. */
    @FunctionalInterface
    public interface Write {
        Optional<String> attempt() throws IOException, InterruptedException;
    }

    /** Thrown by a write the service refused, saying how (status and problem), for the failure message. */
    public static final class Refused extends RuntimeException {
        public Refused(String how) {
            super(how, null, false, false);
        }
    }

    private record Success(String id, Instant at) {
    }

    private final String name;
    private final Write write;
    private final ConcurrentLinkedQueue<Success> successes = new ConcurrentLinkedQueue<>();
    private final AtomicInteger failures = new AtomicInteger();
    private volatile String lastRefusal = "none";
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread thread;

    public AnsweredWrites(String name, Write write) {
        this.name = name;
        this.write = write;
        this.thread = new Thread(this::loop, "writes-" + name);
    }

    public String name() {
        return name;
    }

    public int failures() {
        return failures.get();
    }

    public void start() {
        thread.start();
    }

    public void stop() throws InterruptedException {
        running.set(false);
        thread.join(60_000);
    }

    private void loop() {
        while (running.get()) {
            try {
                Optional<String> id = write.attempt();
                if (id.isPresent()) {
                    successes.add(new Success(id.get(), Instant.now()));
                } else {
                    failures.incrementAndGet();
                    Thread.sleep(100);
                }
            } catch (InterruptedException e) {
                return;
            } catch (IOException | RuntimeException | AssertionError e) {
                // AssertionError: a helper's status check (e.g. a token request Keycloak refused) — a refusal too.
                failures.incrementAndGet();
                lastRefusal = e.toString();
                try {
                    Thread.sleep(100);
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    public List<String> answered() {
        return successes.stream().map(Success::id).toList();
    }

    public long answeredBefore(Instant t) {
        return successes.stream().filter(s -> s.at().isBefore(t)).count();
    }

    public long answeredAfter(Instant t) {
        return successes.stream().filter(s -> s.at().isAfter(t)).count();
    }

    public Instant firstSuccessAfter(Instant t) {
        return successes.stream().map(Success::at).filter(at -> at.isAfter(t)).min(Instant::compareTo)
                .orElseThrow(() -> new AssertionError(name + ": no write answered after " + t));
    }

    /** Milliseconds from the last success before {@code t} to the first after it: the time without writes. */
    public long gapAround(Instant t) {
        Instant last = successes.stream().map(Success::at).filter(at -> at.isBefore(t)).max(Instant::compareTo)
                .orElse(t);
        return Duration.between(last, firstSuccessAfter(t)).toMillis();
    }

    public void awaitSuccessAfter(Instant t, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (answeredAfter(t) > 0) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError(name + ": no write answered within " + timeout + " after " + t
                + "; the last refusal: " + lastRefusal);
    }
}
