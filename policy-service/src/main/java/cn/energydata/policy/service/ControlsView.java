package cn.energydata.policy.service;

import cn.energydata.policy.engine.Effect;
import cn.energydata.policy.engine.Obligations;

import java.util.List;

/**
 * The handling-controls matrix of one level, computed from the loaded policies, for people to read. Each outcome
 * says itself plainly in {@code sentence} / {@code sentenceZh} (the effect and its main reason; the obligations are
 * said one by one in {@code obligations.summaries}); {@code summary} is the older one-line digest, kept for callers
 * that read it.
 */
public record ControlsView(String level, String assumptions, String assumptionsZh, List<Row> rows) {

    public record Row(String action, Outcome withoutAssessments, Outcome withAllAssessments) {
    }

    public record Outcome(Effect effect, String sentence, String sentenceZh, String summary, Obligations obligations,
                          List<String> policyIds, List<String> sources) {
    }
}
