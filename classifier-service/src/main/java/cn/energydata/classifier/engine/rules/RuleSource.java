package cn.energydata.classifier.engine.rules;

/** The bytes of one YAML file and the name to report it under (classpath:rules/x.yaml, /etc/packs/y.yaml). */
public record RuleSource(String name, byte[] bytes) {
}
