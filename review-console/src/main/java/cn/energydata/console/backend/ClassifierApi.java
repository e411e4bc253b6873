package cn.energydata.console.backend;

import cn.energydata.console.backend.ClassifierModels.Rules;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * classifier-service, for its glossary only (issue 15): the console never sends it content, uploads go through the
 * catalog. Called with the logged-in user's token.
 */
@RegisterRestClient(configKey = "classifier")
@RegisterProvider(UserTokenFilter.class)
@RegisterProvider(ClassifierProblemMapper.class)
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public interface ClassifierApi {

    @GET
    @Path("/rules")
    Rules rules();
}
