package cn.energydata.policy.engine;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.Map;

/** What the requester must do when acting on a permit: the merge of every matching policy's obligations. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Obligations(Encryption encryption, List<String> masking, Boolean watermark, Logging logging,
                          Integer recordKeepingYears, Boolean contract, Erasure erasure, Boolean dualControl,
                          Boolean secrecyProcess) {

    public static final Obligations NONE = new Obligations(null, null, null, null, null, null, null, null, null);

    /** The only obligation a DENY carries: route the request to the organisation's secrecy (保密) process. */
    public static final Obligations SECRECY_PROCESS = new Obligations(null, null, null, null, null, null, null, null, true);

    public record Encryption(boolean atRest, boolean inTransit, String algorithmClass, boolean keysSeparated) {
    }

    public record Logging(int retentionMonths, boolean tamperEvident, boolean realTimeAlerting) {
    }

    /** The erasure method for each medium concerned, and what must prove it. */
    public record Erasure(Map<Medium, String> methods, boolean certificateRequired, boolean verificationRequired) {
    }
}
