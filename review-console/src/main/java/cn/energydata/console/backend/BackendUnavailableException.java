package cn.energydata.console.backend;

/** A backend could not be reached (connection refused, timeout, or a gateway error without problem details). */
public class BackendUnavailableException extends RuntimeException {

    private final String service;

    public BackendUnavailableException(String service, Throwable cause) {
        super(service + " is unavailable", cause);
        this.service = service;
    }

    public String service() {
        return service;
    }
}
