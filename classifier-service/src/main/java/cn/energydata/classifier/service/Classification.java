package cn.energydata.classifier.service;

import cn.energydata.classifier.engine.EngineResult;
import cn.energydata.classifier.engine.Extraction;
import cn.energydata.classifier.engine.rules.RuleSet;

/** One classification: the engine's result, how extraction went, what was classified, with which rules, how fast. */
public record Classification(EngineResult result, Extraction extraction, String contentType, String sha256,
                             long sizeBytes, RuleSet rules, Timings timings) {

    public record Timings(long extractMs, long detectMs, long gradeMs, long totalMs) {
    }
}
