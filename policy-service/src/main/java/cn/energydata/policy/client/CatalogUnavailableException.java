package cn.energydata.policy.client;

/** The catalog could not answer (down, timed out, circuit open, no service token). */
public class CatalogUnavailableException extends RuntimeException {

    public CatalogUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
