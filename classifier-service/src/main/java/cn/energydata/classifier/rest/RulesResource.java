package cn.energydata.classifier.rest;

import cn.energydata.classifier.engine.RuleSet;
import cn.energydata.classifier.service.ClassificationService;
import cn.energydata.common.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** The loaded rule packs; the catalog watches version and hash to know when re-grading is due. */
@Path("/api/rules")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.DATA_REGISTRANT, Roles.SECURITY_REVIEWER, Roles.SECURITY_ADMIN, Roles.AUDITOR,
        Roles.INTERNAL_SERVICE})
public class RulesResource {

    public record Rules(String version, String hash, List<RuleSet.PackInfo> packs) {
    }

    @Inject
    ClassificationService service;

    @GET
    public Rules rules() {
        RuleSet rules = service.rules();
        return new Rules(rules.version(), rules.hash(), rules.packs());
    }
}
