package cn.energydata.common.problem;

import java.io.IOException;

/**
 * A streamed request body grew past {@code quarkus.http.limits.max-body-size} while it was read (see
 * {@link StreamedBodyLimit}). An {@link IOException}, so that Jackson passes it on unwrapped from the middle of a
 * document instead of turning it into a malformed-JSON error; the mappers answer 413 {@code payload-too-large}.
 */
public class PayloadTooLargeException extends IOException {

    public PayloadTooLargeException(long limit) {
        super("The request body is larger than the " + limit + " bytes this service accepts.");
    }
}
