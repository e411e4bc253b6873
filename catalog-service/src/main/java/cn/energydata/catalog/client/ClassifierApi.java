package cn.energydata.catalog.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.client.api.ClientMultipartForm;

/**
 * classifier-service. The bearer token is an explicit parameter because the same client serves user-initiated
 * calls (the user's token is forwarded) and background grading (the service's client-credentials token).
 */
@RegisterRestClient(configKey = "classifier")
@Path("/api")
interface ClassifierApi {

    record TextRequest(String text, Descriptor descriptor) {
    }

    @POST
    @Path("/classifications")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    ClassificationResult classifyContent(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                                         ClientMultipartForm form);

    @POST
    @Path("/classifications")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    ClassificationResult classifyDescriptor(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                                            TextRequest request);

    @GET
    @Path("/rules")
    @Produces(MediaType.APPLICATION_JSON)
    RulePackInfo rules(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);
}
