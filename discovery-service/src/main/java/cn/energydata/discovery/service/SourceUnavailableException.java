package cn.energydata.discovery.service;

/**
 * A source-wide failure (wrong password, unreachable host, missing credentials): the scan fails with this as its
 * {@code error}; never an HTTP error of the API. The detail is a plain sentence without any secret.
 */
public class SourceUnavailableException extends RuntimeException {

    private final String type;

    public SourceUnavailableException(String type, String detail) {
        super(detail);
        this.type = type;
    }

    public String type() {
        return type;
    }
}
