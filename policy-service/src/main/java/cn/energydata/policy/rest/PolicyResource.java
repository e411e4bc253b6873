package cn.energydata.policy.rest;

import cn.energydata.common.problem.ProblemException;
import cn.energydata.policy.engine.Level;
import cn.energydata.policy.engine.Policy;
import cn.energydata.policy.engine.PolicyEngine;
import cn.energydata.policy.engine.PolicySpec;
import cn.energydata.policy.service.ControlsService;
import cn.energydata.policy.service.ControlsView;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Locale;

/** The loaded policies and the controls matrix they amount to. */
@Path("/api")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "policies")
public class PolicyResource {

    /** {@code reasonZh}, {@code descriptionZh}: null for an operator's policy that gives no Chinese text. */
    public record PolicyView(String id, int version, int priority, String description, String descriptionZh,
                             String source, String effect, String reason, String reasonZh, PolicySpec.Match match,
                             PolicySpec.ObligationsDef obligations, String file) {
    }

    @Inject
    PolicyEngine engine;

    @Inject
    ControlsService controls;

    @GET
    @Path("/policies")
    @Operation(summary = "The loaded policies, by descending priority")
    public List<PolicyView> policies() {
        return engine.policies().stream().map(PolicyResource::view).toList();
    }

    @GET
    @Path("/controls/{level}")
    @Operation(summary = "The handling-controls matrix of a level (GENERAL, IMPORTANT, CORE), computed from the policies")
    public ControlsView controls(@PathParam("level") String level) {
        Level parsed;
        try {
            parsed = Level.valueOf(level.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("Level '" + level + "' (use GENERAL, IMPORTANT or CORE)");
        }
        return controls.matrix(parsed);
    }

    private static PolicyView view(Policy p) {
        PolicySpec.PolicyDef d = p.definition();
        return new PolicyView(d.id(), d.version(), d.priority(), d.description(), d.descriptionZh(), d.source(),
                d.effect().name(), d.reason(), d.reasonZh(), d.match(), d.obligations(), p.file());
    }
}
