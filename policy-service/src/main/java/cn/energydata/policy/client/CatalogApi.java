package cn.energydata.policy.client;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** catalog-service's internal API, called with policy-service's own client-credentials token. */
@RegisterRestClient(configKey = "catalog")
@OidcClientFilter
@Path("/api/internal")
interface CatalogApi {

    @GET
    @Path("/assets/{id}/classification")
    @Produces(MediaType.APPLICATION_JSON)
    AssetClassification classification(@PathParam("id") String id);

    @POST
    @Path("/assets/{id}/retirement")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    void retire(@PathParam("id") String id, Retirement retirement);

    @GET
    @Path("/organisations/{organisation}/profile")
    @Produces(MediaType.APPLICATION_JSON)
    OrganisationProfile profile(@PathParam("organisation") String organisation);

    @GET
    @Path("/organisations/{organisation}/personal-information")
    @Produces(MediaType.APPLICATION_JSON)
    OrganisationPersonalInformation personalInformation(@PathParam("organisation") String organisation);
}
