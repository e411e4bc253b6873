package cn.energydata.classifier.engine;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * One piece of evidence. {@code subjectKey} identifies the value for counting distinct subjects and is never
 * serialised; {@code maskedSnippet} is the only text shown.
 */
public record Finding(String ruleId, String ruleVersion, String category, Location location, String maskedSnippet,
                      double scoreBefore, double scoreAfter, String validator, String validatorResult,
                      String ageBand, @JsonIgnore String subjectKey) {

    public Finding withLocation(Location l) {
        return new Finding(ruleId, ruleVersion, category, l, maskedSnippet, scoreBefore, scoreAfter, validator,
                validatorResult, ageBand, subjectKey);
    }
}
