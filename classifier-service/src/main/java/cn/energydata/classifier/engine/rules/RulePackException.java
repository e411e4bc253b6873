package cn.energydata.classifier.engine.rules;

/** An invalid rule pack or grading file: names the file, the rule and the problem, and stops start-up. */
public class RulePackException extends RuntimeException {

    public RulePackException(String file, String rule, String problem) {
        super("Invalid rule pack " + file + (rule == null ? "" : ", rule " + rule) + ": " + problem);
    }

    public RulePackException(String file, String rule, String problem, Throwable cause) {
        super("Invalid rule pack " + file + (rule == null ? "" : ", rule " + rule) + ": " + problem, cause);
    }
}
