package cn.energydata.policy.engine;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Map;

/**
 * What the requester must do when acting on a permit: the merge of every matching policy's obligations.
 * {@code separateConsent}: keep the evidence of the individuals' separate consent (单独同意) to this provision,
 * export or publication of their personal information (PIPL art. 23/25/39), or the record of the art. 13 basis
 * other than consent that the processor relies on.
 * <p>
 * {@code summaries}: one plain sentence per obligation present, in English and Chinese, for the people who must
 * meet it; computed from the fields (never read back from JSON).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(value = "summaries", allowGetters = true)
public record Obligations(Encryption encryption, List<String> masking, Boolean watermark, Logging logging,
                          Integer recordKeepingYears, Boolean contract, Erasure erasure, Boolean dualControl,
                          Boolean secrecyProcess, Boolean separateConsent) {

    public static final Obligations NONE = new Obligations(null, null, null, null, null, null, null, null, null, null);

    /** The only obligation a DENY carries: route the request to the organisation's secrecy (保密) process. */
    public static final Obligations SECRECY_PROCESS =
            new Obligations(null, null, null, null, null, null, null, null, true, null);

    /** {@code algorithmClassZh}: null when the policy that named the algorithm class gives no Chinese text. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Encryption(boolean atRest, boolean inTransit, String algorithmClass, String algorithmClassZh,
                             boolean keysSeparated) {
    }

    public record Logging(int retentionMonths, boolean tamperEvident, boolean realTimeAlerting) {
    }

    /** The erasure method for each medium concerned, and what must prove it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Erasure(Map<Medium, String> methods, Map<Medium, String> methodsZh, boolean certificateRequired,
                          boolean verificationRequired) {
    }

    /** One obligation ({@code obligation}: its field name) said plainly, in English and Chinese. */
    public record Summary(String obligation, String summary, String summaryZh) {
    }

    @JsonProperty("summaries")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public List<Summary> summaries() {
        return ObligationSummaries.of(this);
    }
}
