package cn.energydata.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** Collects what the service logs at ERROR (or worse) while a test runs. */
public final class ErrorLog extends Handler implements AutoCloseable {

    private static final int ERROR = 1000; // org.jboss.logmanager.Level.ERROR, java.util.logging.Level.SEVERE

    private final List<String> errors = new CopyOnWriteArrayList<>();

    public static ErrorLog capture() {
        ErrorLog log = new ErrorLog();
        Logger.getLogger("").addHandler(log);
        return log;
    }

    @Override
    public void publish(LogRecord record) {
        if (record.getLevel().intValue() >= ERROR) {
            errors.add(record.getLoggerName() + ": " + record.getMessage()
                    + (record.getThrown() == null ? "" : " (" + record.getThrown() + ")"));
        }
    }

    /** The errors logged so far, after a moment for what the service logs once it has answered. */
    public List<String> errors() throws InterruptedException {
        Thread.sleep(200);
        return List.copyOf(errors);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        Logger.getLogger("").removeHandler(this);
    }
}
