package cn.energydata.common.rest;

import cn.energydata.common.identity.Caller;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** {@code GET /api/me}: proves the identity chain (token → user, organisation, roles) on every service. */
@Path("/api/me")
@Authenticated
@Tag(name = "identity")
public class MeResource {

    /** The caller as the service sees it. */
    public record Me(String username, String organisation, List<String> roles, boolean serviceAccount,
                     String clientId) {
    }

    @Inject
    Caller caller;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Who am I", description = "User name, organisation (org claim) and product roles of the caller")
    public Me me() {
        return new Me(caller.username(), caller.organisation().orElse(null), List.copyOf(caller.roles()),
                caller.isServiceAccount(), caller.clientId().orElse(null));
    }
}
