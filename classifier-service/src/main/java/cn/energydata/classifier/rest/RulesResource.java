package cn.energydata.classifier.rest;

import cn.energydata.classifier.engine.grading.Level;
import cn.energydata.classifier.engine.rules.RuleSet;
import cn.energydata.classifier.service.ClassificationService;
import cn.energydata.common.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/**
 * The loaded rule packs; the catalog watches version and hash to know when re-grading is due. Every category, rule
 * and threshold is listed with its source (issue 13): the instrument and article, or {@code [default]} with the reason.
 */
@Path("/api/rules")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.DATA_REGISTRANT, Roles.SECURITY_REVIEWER, Roles.SECURITY_ADMIN, Roles.AUDITOR,
        Roles.INTERNAL_SERVICE})
public class RulesResource {

    public record Rules(String version, String hash, List<RuleSet.PackInfo> packs,
                        List<RuleSet.CategoryInfo> categories, List<RuleSet.RuleInfo> rules, List<Threshold> thresholds) {
    }

    public record Threshold(String id, String metric, long atLeast, Level level, List<String> requiresAnyCategory,
                            List<String> flags, String source, String explanation, String explanationZh) {
    }

    @Inject
    ClassificationService service;

    @GET
    public Rules rules() {
        RuleSet rules = service.rules();
        List<Threshold> thresholds = rules.grading().thresholdList().stream()
                .map(t -> new Threshold(t.id(), t.metric(), t.atLeast(), t.level(), t.requiredCategories(), t.flagList(),
                        t.source(), t.explanation(), t.explanationZh()))
                .toList();
        return new Rules(rules.version(), rules.hash(), rules.packs(), rules.categoryInfos(), rules.ruleInfos(),
                thresholds);
    }
}
