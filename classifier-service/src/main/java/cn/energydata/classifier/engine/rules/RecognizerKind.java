package cn.energydata.classifier.engine.rules;

import cn.energydata.classifier.engine.RecognizerKinds;
import cn.energydata.classifier.engine.recognizers.Validators;

import java.util.List;

/**
 * A kind of rule (regex, dictionary, column, format). A new rule is YAML; a new kind of rule is one class
 * implementing this, registered in {@link RecognizerKinds}.
 */
public interface RecognizerKind {

    String name();

    /** The problems of one rule of this kind, empty when it is valid. */
    List<String> check(RulePack.RuleDef rule, Validators validators);

    Recognizer build(List<RulePack.RuleDef> rules, Validators validators);
}
