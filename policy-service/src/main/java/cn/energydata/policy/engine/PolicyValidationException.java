package cn.energydata.policy.engine;

/** A policy file that cannot be used; the message names the file, the policy and the problem. */
public class PolicyValidationException extends RuntimeException {

    public PolicyValidationException(String message) {
        super(message);
    }

    public PolicyValidationException(String message, Throwable cause) {
        super(message, cause);
    }
}
