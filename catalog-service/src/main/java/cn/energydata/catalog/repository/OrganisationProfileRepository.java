package cn.energydata.catalog.repository;

import cn.energydata.catalog.domain.OrganisationProfile;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.Optional;

@ApplicationScoped
public class OrganisationProfileRepository implements PanacheRepositoryBase<OrganisationProfile, String> {

    /** The profile locked for this transaction, so two admins saving at once are applied one after the other. */
    public Optional<OrganisationProfile> findForUpdate(String organisation) {
        return findByIdOptional(organisation, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * Whether the catalog knows the organisation: it has a profile, or something of it was ever recorded (every
     * change to an organisation's data appends to its audit chain).
     */
    public boolean knows(String organisation) {
        return (Boolean) getEntityManager().createNativeQuery("select exists (select 1 from organisation_profiles"
                        + " where organisation = :org) or exists (select 1 from audit_heads where organisation = :org)")
                .setParameter("org", organisation).getSingleResult();
    }
}
