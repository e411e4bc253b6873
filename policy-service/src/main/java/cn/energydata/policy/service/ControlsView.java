package cn.energydata.policy.service;

import cn.energydata.policy.engine.Effect;
import cn.energydata.policy.engine.Obligations;

import java.util.List;

/** The handling-controls matrix of one level, computed from the loaded policies, for people to read. */
public record ControlsView(String level, String assumptions, List<Row> rows) {

    public record Row(String action, Outcome withoutAssessments, Outcome withAllAssessments) {
    }

    public record Outcome(Effect effect, String summary, Obligations obligations, List<String> policyIds,
                         List<String> sources) {
    }
}
