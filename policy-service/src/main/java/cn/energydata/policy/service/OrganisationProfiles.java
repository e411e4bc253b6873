package cn.energydata.policy.service;

import cn.energydata.policy.client.CatalogClient;
import cn.energydata.policy.client.ProfileLookup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Whether an organisation is a critical-information-infrastructure operator, from its profile in the catalog
 * (cached at most 60 s by {@link CatalogClient#profile}). No profile, no answer from the catalog, or a profile
 * that does not say → treated as a CIIO (fail closed), and the reason says so.
 */
@ApplicationScoped
public class OrganisationProfiles {

    private static final Logger LOG = Logger.getLogger(OrganisationProfiles.class);

    /** {@code assumption} explains a fail-closed answer; null when the profile said it. */
    public record Ciio(boolean ciio, String assumption) {
    }

    @Inject
    CatalogClient catalog;

    public Ciio ciio(String organisation) {
        if (organisation == null) {
            return new Ciio(true, "The asset has no organisation; it is treated as a critical-information-infrastructure "
                    + "operator's (fail closed)");
        }
        try {
            ProfileLookup lookup = catalog.profile(organisation);
            if (!lookup.found()) {
                return new Ciio(true, "The catalog holds no profile of organisation " + organisation + "; it is treated as "
                        + "a critical-information-infrastructure operator (fail closed)");
            }
            if (lookup.profile().ciio() == null) {
                return new Ciio(true, "The profile of organisation " + organisation + " does not say whether it is a "
                        + "critical-information-infrastructure operator; it is treated as one (fail closed)");
            }
            return new Ciio(lookup.profile().ciio(), null);
        } catch (RuntimeException e) {
            LOG.warnf("Organisation profile lookup failed (%s): treating the organisation as a CIIO", e.getMessage());
            return new Ciio(true, "The organisation profile could not be read from the catalog; the organisation is "
                    + "treated as a critical-information-infrastructure operator (fail closed)");
        }
    }
}
