package cn.energydata.policy.engine;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.Map;

/**
 * What the requester must do when acting on a permit: the merge of every matching policy's obligations.
 * {@code separateConsent}: keep the evidence of the individuals' separate consent (单独同意) to this provision,
 * export or publication of their personal information (PIPL art. 23/25/39), or the record of the art. 13 basis
 * other than consent that the processor relies on.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Obligations(Encryption encryption, List<String> masking, Boolean watermark, Logging logging,
                          Integer recordKeepingYears, Boolean contract, Erasure erasure, Boolean dualControl,
                          Boolean secrecyProcess, Boolean separateConsent) {

    public static final Obligations NONE = new Obligations(null, null, null, null, null, null, null, null, null, null);

    /** The only obligation a DENY carries: route the request to the organisation's secrecy (保密) process. */
    public static final Obligations SECRECY_PROCESS =
            new Obligations(null, null, null, null, null, null, null, null, true, null);

    public record Encryption(boolean atRest, boolean inTransit, String algorithmClass, boolean keysSeparated) {
    }

    public record Logging(int retentionMonths, boolean tamperEvident, boolean realTimeAlerting) {
    }

    /** The erasure method for each medium concerned, and what must prove it. */
    public record Erasure(Map<Medium, String> methods, boolean certificateRequired, boolean verificationRequired) {
    }
}
