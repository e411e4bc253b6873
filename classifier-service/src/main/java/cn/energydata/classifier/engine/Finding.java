package cn.energydata.classifier.engine;

/**
 * One piece of evidence. {@code subjectKey} identifies the value for counting distinct subjects and never leaves the
 * engine; {@code maskedSnippet} is the only text shown.
 */
public record Finding(String ruleId, String ruleVersion, String category, Location location, String maskedSnippet,
                      double scoreBefore, double scoreAfter, String validator, String validatorResult,
                      AgeBand ageBand, String subjectKey) {
}
