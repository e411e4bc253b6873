package cn.energydata.stack;

/** A problem starting or running the stack, with a message meant for the person at the terminal. */
public class StackException extends RuntimeException {

    public StackException(String message) {
        super(message);
    }

    public StackException(String message, Throwable cause) {
        super(message, cause);
    }
}
