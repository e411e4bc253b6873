package cn.energydata.policy.service;

import cn.energydata.policy.client.CatalogClient;
import cn.energydata.policy.client.ProfileLookup;
import cn.energydata.policy.engine.Reason;
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
    public record Ciio(boolean ciio, Reason assumption) {
    }

    @Inject
    CatalogClient catalog;

    public Ciio ciio(String organisation) {
        if (organisation == null) {
            return new Ciio(true, new Reason("The asset has no organisation; it is treated as a "
                    + "critical-information-infrastructure operator's (fail closed)",
                    "该资产没有所属单位，按关键信息基础设施运营者的资产处理（从严处理）。"));
        }
        try {
            ProfileLookup lookup = catalog.profile(organisation);
            if (!lookup.found()) {
                return new Ciio(true, new Reason("The catalog holds no profile of organisation " + organisation
                        + "; it is treated as a critical-information-infrastructure operator (fail closed)",
                        "数据目录中没有单位“" + organisation + "”的信息，按关键信息基础设施运营者处理（从严处理）。"));
            }
            if (lookup.profile().ciio() == null) {
                return new Ciio(true, new Reason("The profile of organisation " + organisation + " does not say whether "
                        + "it is a critical-information-infrastructure operator; it is treated as one (fail closed)",
                        "单位“" + organisation + "”的信息未说明其是否为关键信息基础设施运营者，按关键信息基础设施运营者处理（从严处理）。"));
            }
            return new Ciio(lookup.profile().ciio(), null);
        } catch (RuntimeException e) {
            LOG.warnf("Organisation profile lookup failed (%s): treating the organisation as a CIIO", e.getMessage());
            return new Ciio(true, new Reason("The organisation profile could not be read from the catalog; the "
                    + "organisation is treated as a critical-information-infrastructure operator (fail closed)",
                    "无法从数据目录读取单位信息，按关键信息基础设施运营者处理（从严处理）。"));
        }
    }
}
