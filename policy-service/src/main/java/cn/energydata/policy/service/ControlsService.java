package cn.energydata.policy.service;

import cn.energydata.common.identity.Roles;
import cn.energydata.policy.engine.Action;
import cn.energydata.policy.engine.AssessmentType;
import cn.energydata.policy.engine.AssetFacts;
import cn.energydata.policy.engine.Decision;
import cn.energydata.policy.engine.DecisionRequest;
import cn.energydata.policy.engine.Level;
import cn.energydata.policy.engine.MatchedPolicy;
import cn.energydata.policy.engine.Obligations;
import cn.energydata.policy.engine.PolicyEngine;
import cn.energydata.policy.engine.ProcessorFacts;
import cn.energydata.policy.engine.Reason;
import cn.energydata.policy.engine.Terms;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Builds the controls matrix by asking the engine about a typical requester for every action of a level. */
@ApplicationScoped
public class ControlsService {

    private static final String ORG = "org";

    @Inject
    PolicyEngine engine;

    public ControlsView matrix(Level level) {
        AssetFacts asset = new AssetFacts(ORG, level, Set.of(), Set.of(), 0);
        List<ControlsView.Row> rows = new ArrayList<>();
        for (Action action : Action.values()) {
            rows.add(new ControlsView.Row(action.name(), outcome(asset, action, Set.of()),
                    outcome(asset, action, EnumSet.allOf(AssessmentType.class))));
        }
        return new ControlsView(level.name(), "Assumed: the requester is a data registrant and security administrator "
                + "of the asset's organisation; the asset holds no personal information; nothing is copied in bulk; "
                + "only a transfer abroad sends the data out of the country.",
                "假设：申请人是资产所属单位的数据登记员兼安全管理员；资产不含个人信息；不批量复制；只有出境传输会将数据送出境外。",
                rows);
    }

    private ControlsView.Outcome outcome(AssetFacts asset, Action action, Set<AssessmentType> assessments) {
        DecisionRequest request = new DecisionRequest("someone", ORG, Set.of(Roles.DATA_REGISTRANT, Roles.SECURITY_ADMIN),
                action, asset, null, action == Action.TRANSFER_CROSS_BORDER ? "XX" : null, null, false, null, null,
                ProcessorFacts.UNKNOWN, assessments, false);
        Decision d = engine.decide(request);
        Reason main = d.reasons().get(0);
        return new ControlsView.Outcome(d.effect(), Terms.en(d.effect()) + ": " + main.en() + ".",
                main.zh() == null ? null : Terms.zh(d.effect()) + "：" + main.zh(), summary(d), d.obligations(),
                d.matchedPolicyIds(),
                d.matchedPolicies().stream().map(MatchedPolicy::source).distinct().toList());
    }

    static String summary(Decision d) {
        StringBuilder s = new StringBuilder(switch (d.effect()) {
            case PERMIT -> "Permitted";
            case APPROVAL_REQUIRED -> "Needs approval";
            case DENY -> "Denied";
        });
        s.append(": ").append(d.reasons().get(0).en());
        Obligations o = d.obligations();
        List<String> duties = new ArrayList<>();
        if (o.encryption() != null) {
            duties.add("encrypt " + (o.encryption().atRest() ? "at rest and " : "") + "in transit ("
                    + o.encryption().algorithmClass() + (o.encryption().keysSeparated() ? ", keys separated" : "") + ")");
        }
        if (o.logging() != null) {
            duties.add("keep logs " + o.logging().retentionMonths() + " months"
                    + (o.logging().tamperEvident() ? ", tamper-evident" : "")
                    + (o.logging().realTimeAlerting() ? ", real-time alerting" : ""));
        }
        if (Boolean.TRUE.equals(o.watermark())) {
            duties.add("watermark copies");
        }
        if (o.recordKeepingYears() != null) {
            duties.add("keep provision records " + o.recordKeepingYears() + " years");
        }
        if (Boolean.TRUE.equals(o.contract())) {
            duties.add("under contract");
        }
        if (Boolean.TRUE.equals(o.dualControl())) {
            duties.add("dual control");
        }
        if (o.erasure() != null) {
            duties.add("verified erasure with certificate");
        }
        if (Boolean.TRUE.equals(o.secrecyProcess())) {
            duties.add("route to the secrecy process");
        }
        if (Boolean.TRUE.equals(o.separateConsent())) {
            duties.add("keep the evidence of separate consent");
        }
        if (!duties.isEmpty()) {
            s.append(". Obligations: ").append(String.join("; ", duties));
        }
        return s.toString();
    }
}
