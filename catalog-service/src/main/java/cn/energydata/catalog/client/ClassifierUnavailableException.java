package cn.energydata.catalog.client;

/** The classifier could not be reached or failed (5xx, timeout, open circuit): grade later. */
public class ClassifierUnavailableException extends RuntimeException {

    public ClassifierUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
