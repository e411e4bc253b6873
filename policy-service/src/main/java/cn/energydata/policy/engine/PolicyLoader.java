package cn.energydata.policy.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads policy files (YAML) from the classpath and an optional operator directory, validates every policy and
 * compiles them. Any problem stops loading with a message naming the file, the policy and the problem.
 */
public final class PolicyLoader {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+([.-][a-z0-9]+)*");
    private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");
    private static final String DEFAULT_MARK = "[default]";
    private static final Pattern CJK = Pattern.compile("\\p{IsHan}");
    /** The only obligations a DENY may carry: routing the request to the secrecy process. */
    private static final PolicySpec.ObligationsDef DENY_OBLIGATIONS =
            new PolicySpec.ObligationsDef(null, null, null, null, null, null, null, null, true, null);

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
    private final Set<String> knownRoles;

    public PolicyLoader(Set<String> knownRoles) {
        this.knownRoles = Set.copyOf(knownRoles);
    }

    /** Loads classpath resources (in order), then every {@code *.yaml}/{@code *.yml} of {@code directory}. */
    public List<Policy> load(List<String> classpathResources, Path directory) {
        Map<String, Policy> byId = new LinkedHashMap<>();
        for (String resource : classpathResources) {
            String name = "classpath:" + resource;
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new PolicyValidationException(name + ": policy file not found on the classpath");
                }
                addAll(byId, parseBuiltIn(name, in.readAllBytes()));
            } catch (IOException e) {
                throw new PolicyValidationException(name + ": cannot be read: " + e.getMessage(), e);
            }
        }
        if (directory != null) {
            if (!Files.isDirectory(directory)) {
                throw new PolicyValidationException(directory + ": the operator policy directory does not exist");
            }
            List<Path> files;
            try (Stream<Path> list = Files.list(directory)) {
                files = list.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList();
            } catch (IOException e) {
                throw new PolicyValidationException(directory + ": cannot be listed: " + e.getMessage(), e);
            }
            for (Path file : files) {
                try {
                    addAll(byId, parse(file.toString(), Files.readAllBytes(file)));
                } catch (IOException e) {
                    throw new PolicyValidationException(file + ": cannot be read: " + e.getMessage(), e);
                }
            }
        }
        if (byId.isEmpty()) {
            throw new PolicyValidationException("No policies were loaded: every request would be denied");
        }
        return List.copyOf(byId.values());
    }

    private static void addAll(Map<String, Policy> byId, List<Policy> policies) {
        for (Policy policy : policies) {
            Policy previous = byId.putIfAbsent(policy.id(), policy);
            if (previous != null) {
                throw new PolicyValidationException(policy.file() + ": policy '" + policy.id()
                        + "': duplicate id, already defined in " + previous.file());
            }
        }
    }

    /** Parses and validates an operator's file; {@code name} is used in messages. Chinese texts are optional. */
    public List<Policy> parse(String name, byte[] content) {
        return parse(name, content, false);
    }

    /** Parses and validates a built-in file: every sentence must also be given in Chinese. */
    public List<Policy> parseBuiltIn(String name, byte[] content) {
        return parse(name, content, true);
    }

    private List<Policy> parse(String name, byte[] content, boolean builtIn) {
        JsonNode root;
        try {
            root = yaml.readTree(content);
        } catch (IOException e) {
            throw new PolicyValidationException(name + ": not valid YAML: " + firstLine(e.getMessage()), e);
        }
        if (root == null || !root.isObject() || !root.path("policies").isArray() || root.path("policies").isEmpty()) {
            throw new PolicyValidationException(name + ": expected a top-level 'policies' list with at least one policy");
        }
        List<String> extra = new ArrayList<>();
        root.fieldNames().forEachRemaining(f -> {
            if (!f.equals("policies")) {
                extra.add(f);
            }
        });
        if (!extra.isEmpty()) {
            throw new PolicyValidationException(name + ": unknown top-level field(s) " + extra);
        }
        List<Policy> result = new ArrayList<>();
        int index = 0;
        for (JsonNode node : root.get("policies")) {
            index++;
            String label = "policy '" + (node.hasNonNull("id") ? node.get("id").asText() : "#" + index) + "'";
            PolicySpec.PolicyDef def;
            try {
                def = yaml.treeToValue(node, PolicySpec.PolicyDef.class);
            } catch (JsonProcessingException e) {
                throw new PolicyValidationException(name + ": " + label + ": " + describe(e), e);
            }
            List<String> problems = validate(def);
            if (builtIn) {
                checkChinese(def, problems);
            }
            if (!problems.isEmpty()) {
                throw new PolicyValidationException(name + ": " + label + ": " + String.join("; ", problems));
            }
            result.add(new Policy(def, name));
        }
        return result;
    }

    /** Every problem of one policy, from each check in turn (all of them, not only the first). */
    private List<String> validate(PolicySpec.PolicyDef p) {
        List<String> problems = new ArrayList<>();
        checkIdentity(p, problems);
        checkSource(p.source(), problems);
        checkEffectAndReason(p, problems);
        checkMatch(p.match(), problems);
        checkObligations(p.effect(), p.obligations(), problems);
        return problems;
    }

    private static void checkIdentity(PolicySpec.PolicyDef p, List<String> problems) {
        if (p.id() == null || !ID.matcher(p.id()).matches()) {
            problems.add("'id' is required: lower-case words separated by '.' or '-'");
        }
        if (p.version() == null || p.version() < 1) {
            problems.add("'version' is required and must be ≥ 1");
        }
        if (p.priority() == null || p.priority() < 0 || p.priority() > 10_000) {
            problems.add("'priority' is required, between 0 and 10000");
        }
    }

    /** The article or standard a policy implements, or {@code [default]} with the reason for the default. */
    private static void checkSource(String source, List<String> problems) {
        if (blank(source)) {
            problems.add("'source' is required: the article or default the policy implements");
        } else if (source.contains(DEFAULT_MARK) && blank(source.replace(DEFAULT_MARK, ""))) {
            problems.add("'source': '" + DEFAULT_MARK + "' needs the reason for the default");
        }
    }

    private static void checkEffectAndReason(PolicySpec.PolicyDef p, List<String> problems) {
        if (p.effect() == null) {
            problems.add("'effect' is required: one of " + Arrays.toString(Effect.values()));
        }
        if (blank(p.reason())) {
            problems.add("'reason' is required: the explanation given to the requester");
        }
    }

    /**
     * A built-in policy says every sentence in Chinese too: reason, description, the algorithm class and the
     * erasure method of each medium. An operator's policy may omit them (the console then shows the English).
     */
    private static void checkChinese(PolicySpec.PolicyDef p, List<String> problems) {
        checkChinese("reasonZh", p.reason(), p.reasonZh(), problems);
        checkChinese("descriptionZh", p.description(), p.descriptionZh(), problems);
        PolicySpec.ObligationsDef o = p.obligations();
        if (o != null && o.encryption() != null) {
            checkChinese("obligations.encryption.algorithmClassZh", o.encryption().algorithmClass(),
                    o.encryption().algorithmClassZh(), problems);
        }
        if (o != null && o.erasure() != null && o.erasure().methods() != null) {
            var zh = o.erasure().methodsZh() == null ? java.util.Map.<Medium, String>of() : o.erasure().methodsZh();
            o.erasure().methods().forEach((medium, method) -> checkChinese(
                    "obligations.erasure.methodsZh." + medium, method, zh.get(medium), problems));
        }
    }

    private static void checkChinese(String field, String english, String chinese, List<String> problems) {
        if (english != null && (blank(chinese) || !CJK.matcher(chinese).find())) {
            problems.add("'" + field + "' is required in a built-in policy: the Chinese text next to the English");
        }
    }

    private void checkMatch(PolicySpec.Match m, List<String> problems) {
        if (m == null || isEmpty(m)) {
            problems.add("'match' is required and must name at least one condition");
            return;
        }
        if (m.requester() != null) {
            checkRoles("match.requester.anyRole", m.requester().anyRole(), problems);
            checkRoles("match.requester.noneOfRoles", m.requester().noneOfRoles(), problems);
        }
        if (m.countries() != null) {
            m.countries().stream().filter(c -> c == null || !COUNTRY.matcher(c).matches())
                    .forEach(c -> problems.add("'match.countries': '" + c + "' is not an ISO 3166 two-letter code"));
        }
        if (m.minPersons() != null && m.minPersons() < 0) {
            problems.add("'match.minPersons' must be ≥ 0");
        }
        checkCumulativeCounts(m, problems);
    }

    /** The cumulative counts are the cross-border ledger's: non-negative, and only for exports. */
    private static void checkCumulativeCounts(PolicySpec.Match m, List<String> problems) {
        for (Long min : Arrays.asList(m.minCumulativePersons(), m.minCumulativeSensitivePersons())) {
            if (min != null && min < 0) {
                problems.add("'match.minCumulativePersons' and 'match.minCumulativeSensitivePersons' must be ≥ 0");
            }
        }
        if ((m.minCumulativePersons() != null || m.minCumulativeSensitivePersons() != null)
                && !Set.of(Destination.CROSS_BORDER).equals(m.destinations())) {
            problems.add("the cumulative counts are those of the cross-border ledger: the policy must match "
                    + "'destinations: [CROSS_BORDER]'");
        }
    }

    private static void checkObligations(Effect effect, PolicySpec.ObligationsDef o, List<String> problems) {
        if (o == null) {
            return;
        }
        if (effect == Effect.DENY && !o.equals(DENY_OBLIGATIONS)) {
            problems.add("a DENY policy carries no obligations but 'secrecyProcess: true'");
        }
        if (o.mask() != null && o.mask().stream().anyMatch(PolicyLoader::blank)) {
            problems.add("'obligations.mask' has an empty category pattern");
        }
        if (o.erasure() != null && o.erasure().methods() != null
                && o.erasure().methods().values().stream().anyMatch(PolicyLoader::blank)) {
            problems.add("'obligations.erasure.methods' has a medium without a method");
        }
        if (o.logging() != null && o.logging().retentionMonths() != null && o.logging().retentionMonths() < 1) {
            problems.add("'obligations.logging.retentionMonths' must be ≥ 1");
        }
        if (o.recordKeepingYears() != null && o.recordKeepingYears() < 1) {
            problems.add("'obligations.recordKeepingYears' must be ≥ 1");
        }
        if (o.encryption() != null && Boolean.TRUE.equals(o.encryption().atRest())
                && blank(o.encryption().algorithmClass())) {
            problems.add("'obligations.encryption.algorithmClass' is required with atRest");
        }
    }

    private void checkRoles(String field, Set<String> roles, List<String> problems) {
        if (roles == null) {
            return;
        }
        for (String role : roles) {
            if (!knownRoles.contains(role)) {
                problems.add("'" + field + "': unknown role '" + role + "' (known: "
                        + knownRoles.stream().sorted().collect(Collectors.joining(", ")) + ")");
            }
        }
    }

    private static boolean isEmpty(PolicySpec.Match m) {
        return empty(m.levels()) && empty(m.actions()) && empty(m.categories()) && m.requester() == null
                && empty(m.destinations()) && empty(m.countries()) && empty(m.purposes()) && m.bulk() == null
                && m.minPersons() == null && m.missingAssessment() == null && empty(m.flags()) && m.ciio() == null
                && m.exemptionClaimed() == null && m.minCumulativePersons() == null
                && m.minCumulativeSensitivePersons() == null;
    }

    private static boolean empty(Set<?> set) {
        return set == null || set.isEmpty();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String describe(JsonProcessingException e) {
        String field = "";
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown field '" + field + "'";
        }
        if (e instanceof InvalidFormatException format) {
            String allowed = format.getTargetType() != null && format.getTargetType().isEnum()
                    ? " (allowed: " + Arrays.toString(format.getTargetType().getEnumConstants()) + ")" : "";
            return "'" + field + "': invalid value '" + format.getValue() + "'" + allowed;
        }
        return (field.isEmpty() ? "" : "'" + field + "': ") + firstLine(e.getOriginalMessage());
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
