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
}
