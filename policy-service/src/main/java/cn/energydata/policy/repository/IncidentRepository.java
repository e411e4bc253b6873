package cn.energydata.policy.repository;

import cn.energydata.policy.domain.Incident;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class IncidentRepository implements PanacheRepositoryBase<Incident, UUID> {

    /** An organisation's incidents, most recently discovered first. */
    public PanacheQuery<Incident> ofOrganisation(String organisation) {
        return find("organisation", Sort.descending("discoveredAt").and("id"), organisation);
    }
}
