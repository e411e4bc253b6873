package cn.energydata.catalog.client;

/** The classifier answered with a 4xx: retrying the same input will not help. */
public class ClassifierRejectedException extends RuntimeException {

    private final int status;

    public ClassifierRejectedException(int status) {
        super("The classifier rejected the input with HTTP " + status);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
