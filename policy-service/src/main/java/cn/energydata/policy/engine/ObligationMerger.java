package cn.energydata.policy.engine;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges the obligations of the matching policies into the strictest combination: flags are OR-ed, retention
 * periods take the maximum, masking patterns are resolved against the asset's categories, and the algorithm
 * class comes from the highest-priority policy that names one.
 */
final class ObligationMerger {

    private boolean any;
    private boolean atRest;
    private boolean inTransit;
    private boolean keysSeparated;
    private String algorithmClass;
    private String algorithmClassZh;
    private final Set<String> masking = new LinkedHashSet<>();
    private boolean maskingRequested;
    private boolean watermark;
    private int logMonths;
    private boolean tamperEvident;
    private boolean realTimeAlerting;
    private int recordYears;
    private boolean contract;
    private Map<Medium, String> erasureMethods;
    private Map<Medium, String> erasureMethodsZh;
    private boolean certificate;
    private boolean verification;
    private boolean dualControl;
    private boolean secrecyProcess;
    private boolean separateConsent;

    /** Adds one policy's obligations; call in descending priority order. */
    void add(PolicySpec.ObligationsDef o, DecisionRequest request) {
        if (o == null) {
            return;
        }
        any = true;
        if (o.encryption() != null) {
            PolicySpec.EncryptionDef e = o.encryption();
            atRest |= Boolean.TRUE.equals(e.atRest());
            inTransit |= Boolean.TRUE.equals(e.inTransit());
            keysSeparated |= Boolean.TRUE.equals(e.keysSeparated());
            if (algorithmClass == null) {
                algorithmClass = e.algorithmClass();
                algorithmClassZh = e.algorithmClassZh();
            }
        }
        if (o.mask() != null) {
            maskingRequested = true;
            for (String pattern : o.mask()) {
                for (String category : request.asset().categoryIds()) {
                    if (matches(pattern, category)) {
                        masking.add(category);
                    }
                }
            }
        }
        watermark |= Boolean.TRUE.equals(o.watermark());
        if (o.logging() != null) {
            PolicySpec.LoggingDef l = o.logging();
            logMonths = Math.max(logMonths, l.retentionMonths() == null ? 0 : l.retentionMonths());
            tamperEvident |= Boolean.TRUE.equals(l.tamperEvident());
            realTimeAlerting |= Boolean.TRUE.equals(l.realTimeAlerting());
        }
        if (o.recordKeepingYears() != null) {
            recordYears = Math.max(recordYears, o.recordKeepingYears());
        }
        contract |= Boolean.TRUE.equals(o.contract());
        if (o.erasure() != null) {
            PolicySpec.ErasureDef e = o.erasure();
            if (e.methods() != null) {
                if (erasureMethods == null) {
                    erasureMethods = new EnumMap<>(Medium.class);
                    erasureMethodsZh = new EnumMap<>(Medium.class);
                }
                e.methods().forEach((medium, method) -> {
                    if ((request.medium() == null || request.medium() == medium)
                            && erasureMethods.putIfAbsent(medium, method) == null
                            && e.methodsZh() != null && e.methodsZh().get(medium) != null) {
                        // The Chinese text of the method chosen, from the same policy.
                        erasureMethodsZh.put(medium, e.methodsZh().get(medium));
                    }
                });
            }
            certificate |= Boolean.TRUE.equals(e.certificate());
            verification |= Boolean.TRUE.equals(e.verification());
        }
        dualControl |= Boolean.TRUE.equals(o.dualControl());
        secrecyProcess |= Boolean.TRUE.equals(o.secrecyProcess());
        separateConsent |= Boolean.TRUE.equals(o.separateConsent());
    }

    static boolean matches(String pattern, String category) {
        if (pattern.endsWith("*")) {
            return category.startsWith(pattern.substring(0, pattern.length() - 1));
        }
        return pattern.equals(category);
    }

    Obligations result() {
        if (!any) {
            return Obligations.NONE;
        }
        Obligations.Encryption encryption = atRest || inTransit
                ? new Obligations.Encryption(atRest, inTransit, algorithmClass, algorithmClassZh, keysSeparated) : null;
        Obligations.Logging logging = logMonths > 0 || tamperEvident || realTimeAlerting
                ? new Obligations.Logging(logMonths, tamperEvident, realTimeAlerting) : null;
        Obligations.Erasure erasure = erasureMethods != null || certificate || verification
                ? new Obligations.Erasure(erasureMethods == null ? Map.of() : Map.copyOf(erasureMethods),
                erasureMethodsZh == null ? Map.of() : Map.copyOf(erasureMethodsZh), certificate, verification) : null;
        List<String> mask = maskingRequested && !masking.isEmpty() ? List.copyOf(new ArrayList<>(masking)) : null;
        return new Obligations(encryption, mask, watermark ? Boolean.TRUE : null, logging,
                recordYears > 0 ? recordYears : null, contract ? Boolean.TRUE : null, erasure,
                dualControl ? Boolean.TRUE : null, secrecyProcess ? Boolean.TRUE : null,
                separateConsent ? Boolean.TRUE : null);
    }
}
