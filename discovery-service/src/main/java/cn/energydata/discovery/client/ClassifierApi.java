package cn.energydata.discovery.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.client.api.ClientMultipartForm;

/** classifier-service, called with discovery-service's own client-credentials token. */
@RegisterRestClient(configKey = "classifier")
@OidcClientFilter
@Path("/api/classifications")
interface ClassifierApi {

    record DescriptorRequest(Descriptor descriptor) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    JsonNode classifyDescriptor(DescriptorRequest request);

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    JsonNode classifyContent(ClientMultipartForm form);
}
