package cn.energydata.console.backend;

import cn.energydata.console.backend.DiscoveryModels.ItemPage;
import cn.energydata.console.backend.DiscoveryModels.Scan;
import cn.energydata.console.backend.DiscoveryModels.ScanPage;
import cn.energydata.console.backend.DiscoveryModels.ScanRequest;
import cn.energydata.console.backend.DiscoveryModels.Source;
import cn.energydata.console.backend.DiscoveryModels.SourcePage;
import cn.energydata.console.backend.DiscoveryModels.SourceRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** discovery-service's API for the console (docs/service-contracts.md), called with the logged-in user's token. */
@RegisterRestClient(configKey = "discovery")
@RegisterProvider(UserTokenFilter.class)
@RegisterProvider(DiscoveryProblemMapper.class)
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public interface DiscoveryApi {

    @GET
    @Path("/sources")
    SourcePage sources(@QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/sources/{id}")
    Source source(@PathParam("id") String id);

    @POST
    @Path("/sources")
    @Consumes(MediaType.APPLICATION_JSON)
    Source register(SourceRequest request);

    @PUT
    @Path("/sources/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    Source update(@PathParam("id") String id, SourceRequest request);

    /** 202 with the scan; 409 {@code scan-running} while one runs for that source. */
    @POST
    @Path("/sources/{id}/scans")
    @Consumes(MediaType.APPLICATION_JSON)
    Scan startScan(@PathParam("id") String id, ScanRequest request);

    @GET
    @Path("/sources/{id}/scans")
    ScanPage scans(@PathParam("id") String sourceId, @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/scans/{id}")
    Scan scan(@PathParam("id") String id);

    @GET
    @Path("/scans/{id}/items")
    ItemPage items(@PathParam("id") String scanId, @QueryParam("outcome") String outcome,
                   @QueryParam("page") int page, @QueryParam("size") int size);
}
