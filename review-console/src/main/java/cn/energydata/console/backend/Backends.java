package cn.energydata.console.backend;

import jakarta.ws.rs.ProcessingException;

import java.util.List;
import java.util.function.Supplier;

/** Calls a backend and turns "could not reach it" into {@link BackendUnavailableException}. */
public final class Backends {

    public static final String CATALOG = "catalog-service";
    public static final String POLICY = "policy-service";
    public static final String DISCOVERY = "discovery-service";
    public static final String CLASSIFIER = "classifier-service";

    private Backends() {
    }

    public static <T> T call(String service, Supplier<T> call) {
        try {
            return call.get();
        } catch (BackendException | BackendUnavailableException e) {
            throw e;
        } catch (ProcessingException e) {
            if (e.getCause() instanceof BackendException b) {
                throw b;
            }
            if (e.getCause() instanceof BackendUnavailableException u) {
                throw u;
            }
            if (unreadable(e)) {
                throw new BackendException(service, 502, null, "Unreadable answer",
                        "The service answered in a form the console does not understand.", List.of());
            }
            throw new BackendUnavailableException(service, e);
        }
    }

    /** The answer arrived but its JSON did not fit the console's records (a version mismatch, not an outage). */
    private static boolean unreadable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof com.fasterxml.jackson.core.JacksonException) {
                return true;
            }
        }
        return false;
    }

    /** The result, or the failure, for a page panel that should render even when its backend fails. */
    @io.quarkus.qute.TemplateData
    public record Result<T>(T value, BackendException problem, BackendUnavailableException unavailable) {

        public boolean ok() {
            return problem == null && unavailable == null;
        }

        public boolean isFailed() {
            return !ok();
        }
    }

    public static <T> Result<T> attempt(String service, Supplier<T> call) {
        try {
            return new Result<>(call(service, call), null, null);
        } catch (BackendException e) {
            return new Result<>(null, e, null);
        } catch (BackendUnavailableException e) {
            return new Result<>(null, null, e);
        }
    }
}
