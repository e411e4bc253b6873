package cn.energydata.policy.client;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** catalog-service's internal API, called with policy-service's own client-credentials token. */
@RegisterRestClient(configKey = "catalog")
@OidcClientFilter
@Path("/api/internal")
interface CatalogApi {

    /** 200 with the asset and its {@code ETag}; 304 without a body when {@code ifNoneMatch} is still its version. */
    @GET
    @Path("/assets/{id}/classification")
    @Produces(MediaType.APPLICATION_JSON)
    Response classification(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch);

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
