package cn.energydata.discovery.client;

/** The classifier or the catalog did not answer as agreed; the item fails with this plain reason. */
public class ServiceCallException extends RuntimeException {

    public ServiceCallException(String reason) {
        super(reason);
    }
}
