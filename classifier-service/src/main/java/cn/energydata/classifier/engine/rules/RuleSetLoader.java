package cn.energydata.classifier.engine.rules;

import cn.energydata.classifier.engine.RecognizerKinds;
import cn.energydata.classifier.engine.grading.Flag;
import cn.energydata.common.hash.Sha256;
import cn.energydata.classifier.engine.grading.GradingConfig;
import cn.energydata.classifier.engine.recognizers.Validators;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parses and validates rule packs and the grading file. Any problem throws {@link RulePackException} naming
 * the file, the rule and the problem, so that a bad pack stops the service at start-up.
 */
public final class RuleSetLoader {

    /** The name prefix of the packs and grading file shipped in the classifier (RuleSources.classpath). */
    private static final String BUILT_IN = "classpath:";



    /** The marker of a project default: {@code [default] <the reason>}. */
    static final String DEFAULT_SOURCE = "[default]";

    /** Strict reading: unknown keys, and null entries in lists and maps ({@code rules: [~]}), are refused. */
    private final ObjectMapper yaml = JsonMapper.builder(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .defaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL))
            .build();
    private final Validators validators;
    private final Map<String, RecognizerKind> kinds;

    public RuleSetLoader(Validators validators, Map<String, RecognizerKind> kinds) {
        this.validators = validators;
        this.kinds = kinds;
    }

    public RuleSetLoader() {
        this(new Validators(), RecognizerKinds.all());
    }

    public RuleSet load(List<RuleSource> packSources, RuleSource gradingSource) {
        GradingConfig grading = readGrading(gradingSource);
        Loaded loaded = new Loaded();
        List<RulePack> packs = readPacks(packSources, grading, loaded);
        for (int i = 0; i < packs.size(); i++) {
            readRules(packSources.get(i), packs.get(i), loaded);
        }
        checkThresholds(gradingSource, grading, loaded.categories);
        Map<String, String> ruleKinds = new LinkedHashMap<>();
        List<Recognizer> recognizers = buildRecognizers(loaded.rules, ruleKinds);
        String hash = hash(packSources, gradingSource);
        return new RuleSet(version(grading, packSources, gradingSource, hash), hash, List.copyOf(loaded.packs),
                Map.copyOf(loaded.categories), Map.copyOf(loaded.rules), Map.copyOf(ruleKinds),
                List.copyOf(recognizers), grading, List.copyOf(loaded.ruleInfos), List.copyOf(loaded.categoryInfos));
    }

    /** What the packs define, in load order, and where each rule comes from. */
    private static final class Loaded {
        final Map<String, RulePack.CategoryDef> categories = new LinkedHashMap<>();
        final Map<String, RulePack.RuleDef> rules = new LinkedHashMap<>();
        final Map<String, String> ruleFile = new LinkedHashMap<>();
        final List<RuleSet.PackInfo> packs = new ArrayList<>();
        final List<RuleSet.RuleInfo> ruleInfos = new ArrayList<>();
        final List<RuleSet.CategoryInfo> categoryInfos = new ArrayList<>();
    }

    private GradingConfig readGrading(RuleSource gradingSource) {
        GradingConfig grading = read(gradingSource, GradingConfig.class);
        if (grading.version() == null || grading.impactTable() == null || grading.impactTable().isEmpty()) {
            throw new RulePackException(gradingSource.name(), null, "'version' and 'impactTable' are required");
        }
        return grading;
    }

    /** Reads every pack and its categories (rules come after: a rule may use a category of a later pack). */
    private List<RulePack> readPacks(List<RuleSource> packSources, GradingConfig grading, Loaded loaded) {
        List<RulePack> packs = new ArrayList<>();
        Set<String> packIds = new HashSet<>();
        for (RuleSource src : packSources) {
            RulePack pack = read(src, RulePack.class);
            require(src, null, pack.id(), "pack 'id' is required");
            require(src, null, pack.version(), "pack 'version' is required");
            if (!packIds.add(pack.id())) {
                throw new RulePackException(src.name(), null, "pack id '" + pack.id() + "' is loaded twice");
            }
            for (RulePack.CategoryDef c : pack.categories()) {
                checkCategory(src, c, grading);
                if (loaded.categories.putIfAbsent(c.id(), c) != null) {
                    throw new RulePackException(src.name(), null, "category '" + c.id() + "' is defined twice");
                }
                loaded.categoryInfos.add(new RuleSet.CategoryInfo(c.id(), c.name(), c.nameZh(),
                        c.definition(), c.definitionZh(), c.group(),
                        grading.levelFor(c.impact()), c.flagList(), pack.id(), c.source()));
            }
            packs.add(pack);
            loaded.packs.add(new RuleSet.PackInfo(pack.id(), pack.version(), pack.name(), pack.source(), src.name(),
                    pack.rules().size()));
        }
        return packs;
    }

    private void readRules(RuleSource src, RulePack pack, Loaded loaded) {
        for (RulePack.RuleDef r : pack.rules()) {
            String id = r.id();
            checkRule(src, r, loaded.categories);
            if (loaded.rules.putIfAbsent(id, r) != null) {
                throw new RulePackException(src.name(), id, "rule id is already used in " + loaded.ruleFile.get(id));
            }
            loaded.ruleFile.put(id, src.name());
            loaded.ruleInfos.add(new RuleSet.RuleInfo(id, r.version(), r.kind(), r.category(), pack.id(), r.source()));
        }
    }

    private void checkRule(RuleSource src, RulePack.RuleDef r, Map<String, RulePack.CategoryDef> categories) {
        String id = r.id();
        require(src, null, id, "a rule without 'id'");
        require(src, id, r.version(), "'version' is required");
        require(src, id, r.kind(), "'kind' is required (one of " + kinds.keySet() + ")");
        requireSource(src, id, r.source());
        RecognizerKind kind = kinds.get(r.kind());
        if (kind == null) {
            throw new RulePackException(src.name(), id, "unknown kind '" + r.kind() + "' (known: " + kinds.keySet() + ")");
        }
        if (!categories.containsKey(r.category())) {
            throw new RulePackException(src.name(), id, "unknown category '" + r.category() + "'");
        }
        for (Double s : new Double[]{r.score(), r.minScore()}) {
            if (s != null && (s < 0 || s > 1)) {
                throw new RulePackException(src.name(), id, "scores must lie between 0 and 1");
            }
        }
        List<String> problems = kind.check(r, validators);
        if (!problems.isEmpty()) {
            throw new RulePackException(src.name(), id, String.join("; ", problems));
        }
    }

    private static void checkThresholds(RuleSource gradingSource, GradingConfig grading,
                                        Map<String, RulePack.CategoryDef> categories) {
        for (GradingConfig.Threshold t : grading.thresholdList()) {
            if (t.id() == null || t.metric() == null || !GradingConfig.METRICS.contains(t.metric()) || t.atLeast() == null
                    || t.level() == null) {
                throw new RulePackException(gradingSource.name(), t.id(),
                        "a threshold needs id, metric (one of " + GradingConfig.METRICS + "), atLeast and level");
            }
            requireSource(gradingSource, t.id(), t.source());
            for (String c : t.requiredCategories()) {
                if (!categories.containsKey(c)) {
                    throw new RulePackException(gradingSource.name(), t.id(), "unknown category '" + c + "'");
                }
            }
            checkFlags(gradingSource, t.id(), t.flagList());
        }
    }

    /** One recognizer per kind for all its rules, in the kinds' order; fills {@code ruleKinds} (rule id → kind). */
    private List<Recognizer> buildRecognizers(Map<String, RulePack.RuleDef> rules, Map<String, String> ruleKinds) {
        List<Recognizer> recognizers = new ArrayList<>();
        for (RecognizerKind kind : kinds.values()) {
            List<RulePack.RuleDef> ofKind = rules.values().stream().filter(r -> r.kind().equals(kind.name())).toList();
            ofKind.forEach(r -> ruleKinds.put(r.id(), r.kind()));
            if (!ofKind.isEmpty()) {
                recognizers.add(kind.build(ofKind, validators));
            }
        }
        return recognizers;
    }

    private void checkCategory(RuleSource src, RulePack.CategoryDef c, GradingConfig grading) {
        require(src, null, c.id(), "a category without 'id'");
        String where = "category " + c.id();
        require(src, where, c.name(), "'name' is required");
        require(src, where, c.group(), "'group' is required");
        requireSource(src, where, c.source());
        if (c.impact() == null || grading.levelFor(c.impact()) == null) {
            throw new RulePackException(src.name(), where, "'impact' must name an object and degree of the impact table "
                    + grading.impactTable().keySet());
        }
        checkFlags(src, where, c.flagList());
    }

    private static void checkFlags(RuleSource src, String where, List<String> flags) {
        for (String f : flags) {
            if (Flag.raisable(f) == null) {
                throw new RulePackException(src.name(), where, "unknown flag '" + f + "' (known: " + Flag.RAISABLE + ")");
            }
        }
    }

    /**
     * Every category, rule and threshold names where it comes from: an instrument and article, or {@code [default]}
     * followed by the reason the project chose it (issue 13).
     */
    private static void requireSource(RuleSource src, String where, String source) {
        require(src, where, source, "'source' is required: the instrument and article, or '[default] <reason>'");
        if (source.strip().startsWith(DEFAULT_SOURCE) && source.strip().length() == DEFAULT_SOURCE.length()) {
            throw new RulePackException(src.name(), where, "'source' [default] needs its reason: '[default] <reason>'");
        }
    }

    private <T> T read(RuleSource src, Class<T> type) {
        try {
            T value = yaml.readValue(src.bytes(), type);
            if (value == null) {
                throw new RulePackException(src.name(), null, "the file is empty");
            }
            return value;
        } catch (IOException e) {
            String msg = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
            throw new RulePackException(src.name(), null, "not valid YAML for a " + type.getSimpleName() + ": " + msg, e);
        }
    }

    private static void require(RuleSource src, String rule, String value, String problem) {
        if (value == null || value.isBlank()) {
            throw new RulePackException(src.name(), rule, problem);
        }
    }

    /**
     * The built-in grading version, plus the start of the hash when an operator's pack or grading file is loaded:
     * operator packs change what is detected, so a grading, a catalogue entry or a re-grading proposal must not
     * name the same version as the built-in rules (2026.11.1 → 2026.11.1+3fa9c2d1).
     */
    private static String version(GradingConfig grading, List<RuleSource> packs, RuleSource gradingSource, String hash) {
        boolean builtInOnly = gradingSource.name().startsWith(BUILT_IN)
                && packs.stream().allMatch(s -> s.name().startsWith(BUILT_IN));
        return builtInOnly ? grading.version() : grading.version() + "+" + hash.substring("sha256:".length(), "sha256:".length() + 8);
    }

    private static String hash(List<RuleSource> packs, RuleSource grading) {
        MessageDigest md = Sha256.digest();
        for (RuleSource s : packs) {
            md.update(s.name().getBytes(StandardCharsets.UTF_8));
            md.update(s.bytes());
        }
        md.update(grading.bytes());
        return "sha256:" + HexFormat.of().formatHex(md.digest());
    }
}
