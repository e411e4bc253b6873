package cn.energydata.policy.client;

import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.temporal.ChronoUnit;

/**
 * The only way into catalog-service: calls bounded in time and behind a circuit breaker. Anything but an answer
 * from the catalog becomes {@link CatalogUnavailableException}, which callers turn into a deny (fail closed).
 * Asset lookups are reused and revalidated by {@link AssetLookups}.
 */
@ApplicationScoped
public class CatalogClient {

    @Inject
    @RestClient
    CatalogApi api;

    /**
     * The asset's classification; given {@code known} (an earlier answer with its version) the read is conditional
     * ({@code If-None-Match}) and a 304 answers {@code known} again.
     */
    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
    public AssetLookup classification(String assetId, AssetLookup known) {
        String version = known == null ? null : known.version();
        try (Response response = api.classification(assetId, version)) {
            if (response.getStatus() == Response.Status.NOT_MODIFIED.getStatusCode() && version != null) {
                return known;
            }
            if (response.getStatus() != Response.Status.OK.getStatusCode()) {
                throw new CatalogUnavailableException("catalog answered HTTP " + response.getStatus(), null);
            }
            return new AssetLookup(response.readEntity(AssetClassification.class),
                    response.getHeaderString(HttpHeaders.ETAG));
        } catch (CatalogUnavailableException e) {
            throw e;
        } catch (WebApplicationException e) {
            if (e.getResponse() != null && e.getResponse().getStatus() == 404) {
                return AssetLookup.NOT_FOUND;
            }
            int status = e.getResponse() == null ? 0 : e.getResponse().getStatus();
            throw new CatalogUnavailableException("catalog answered HTTP " + status, e);
        } catch (RuntimeException e) {
            throw new CatalogUnavailableException("catalog unreachable: " + e.getClass().getSimpleName(), e);
        }
    }

    /**
     * The organisation's profile (cache {@code organisation-profiles}, at most 60 s): {@link ProfileLookup#NOT_FOUND}
     * when the catalog has none, {@link CatalogUnavailableException} when it cannot answer.
     */
    @CacheResult(cacheName = "organisation-profiles")
    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
    public ProfileLookup profile(String organisation) {
        try {
            return new ProfileLookup(api.profile(organisation));
        } catch (WebApplicationException e) {
            if (e.getResponse() != null && e.getResponse().getStatus() == 404) {
                return ProfileLookup.NOT_FOUND;
            }
            int status = e.getResponse() == null ? 0 : e.getResponse().getStatus();
            throw new CatalogUnavailableException("catalog answered HTTP " + status, e);
        } catch (RuntimeException e) {
            throw new CatalogUnavailableException("catalog unreachable: " + e.getClass().getSimpleName(), e);
        }
    }

    /**
     * The organisation's personal-information totals from the inventory (cache {@code organisation-inventory}).
     * Anything but a 200 answer, a 404 included, is {@link CatalogUnavailableException}: the caller then says the
     * duties derived from it are unknown, never that there are none.
     */
    @CacheResult(cacheName = "organisation-inventory")
    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
    public OrganisationPersonalInformation personalInformation(String organisation) {
        try {
            OrganisationPersonalInformation totals = api.personalInformation(organisation);
            if (totals == null) {
                throw new CatalogUnavailableException("catalog answered no inventory totals", null);
            }
            return totals;
        } catch (WebApplicationException e) {
            int status = e.getResponse() == null ? 0 : e.getResponse().getStatus();
            throw new CatalogUnavailableException("catalog answered HTTP " + status, e);
        } catch (CatalogUnavailableException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new CatalogUnavailableException("catalog unreachable: " + e.getClass().getSimpleName(), e);
        }
    }

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    public void retire(String assetId, Retirement retirement) {
        try {
            api.retire(assetId, retirement);
        } catch (RuntimeException e) {
            throw new CatalogUnavailableException("catalog retirement failed: " + e.getClass().getSimpleName(), e);
        }
    }
}
