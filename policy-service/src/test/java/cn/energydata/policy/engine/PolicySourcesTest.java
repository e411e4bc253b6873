package cn.energydata.policy.engine;

import cn.energydata.policy.config.PolicyConfig;
import io.smallrye.config.WithDefault;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every built-in policy names its source: an instrument with its article (or a standard with its number), or
 * "[default]" with the reason. The citations issue 13 found wrong stay corrected (shared/domain.md §4–6).
 */
class PolicySourcesTest {

    private static final Pattern ARTICLE = Pattern.compile("art\\. \\d+");
    private static final Pattern STANDARD = Pattern.compile("GB(/T)? \\d+");
    private static final Pattern DEFAULT_WITH_REASON = Pattern.compile("\\[default] \\S+.*");

    private final List<Policy> policies = Policies.engine().policies();

    private Map<String, String> sources() {
        return policies.stream().collect(Collectors.toMap(Policy::id, Policy::source));
    }

    @Test
    void everyPolicyCitesAnArticleOrADefaultWithItsReason() {
        for (Policy p : policies) {
            String source = p.source();
            boolean cited = ARTICLE.matcher(source).find() || STANDARD.matcher(source).find()
                    || DEFAULT_WITH_REASON.matcher(source).find();
            assertTrue(cited, p.id() + " (" + p.file() + "): source '" + source
                    + "' names no article, no standard and no [default] with a reason");
        }
    }

    @Test
    void theWrongCitationsStayCorrected() {
        Map<String, String> sources = sources();
        // Core data never leaving is the product's default: NDSMR art. 37 asks an assessment for important data.
        assertTrue(sources.get("core.never-leaves-country").startsWith("[default]"), sources.get("core.never-leaves-country"));
        // NDSMR art. 30 (officer and body) and art. 33 (annual assessment) say nothing of roles, dual approval or bulk.
        sources.forEach((id, source) -> assertTrue(!source.contains("art. 30/33"), id + ": " + source));
        for (String id : List.of("core.dual-approval", "core.no-bulk-export", "important.bulk-download", "roles.read",
                "roles.write", "tenancy.other-organisation")) {
            assertTrue(sources.get(id).startsWith("[default]"), id + ": " + sources.get(id));
        }
        // NDSMR art. 12 is the 3-year record of provision and entrusting, never real-time alerting or logs in general.
        sources.forEach((id, source) -> {
            if (source.contains("NDSMR art. 12")) {
                assertTrue(source.contains("NDSMR art. 12 (records"), id + ": " + source);
            }
        });
        assertTrue(sources.get("core.view").contains("[default] separated keys, watermark and real-time alerting"));
        // Plain deletion is not erasure: no policy offers a logical delete.
        assertTrue(policies.stream().noneMatch(p -> p.id().contains("logical")));
        assertTrue(sources.get("general.delete").contains("a logical delete is not deletion"));
        assertTrue(sources.get("important.erasure").contains("plain deletion is not erasure"));
    }

    @Test
    void commercialCryptographyIsSm2Sm3Sm4() {
        for (Policy p : policies) {
            PolicySpec.ObligationsDef o = p.definition().obligations();
            if (o == null || o.encryption() == null || o.encryption().algorithmClass() == null) {
                continue;
            }
            String algorithms = o.encryption().algorithmClass();
            assertTrue(algorithms.contains("SM2/SM3/SM4") && algorithms.contains("GB/T 39786"), p.id() + ": " + algorithms);
            assertTrue(!algorithms.contains("AES") || algorithms.contains("AES does not count"), p.id() + ": " + algorithms);
        }
    }

    @Test
    void theTestsLoadTheFilesTheServiceLoads() throws NoSuchMethodException {
        String configured = PolicyConfig.class.getMethod("files").getAnnotation(WithDefault.class).value();
        assertEquals(Policies.FILES, List.of(configured.split(",")));
    }
}
