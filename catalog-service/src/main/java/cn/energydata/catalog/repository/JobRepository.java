package cn.energydata.catalog.repository;

import cn.energydata.catalog.domain.Job;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JobRepository implements PanacheRepositoryBase<Job, UUID> {

    public Optional<Job> findInOrganisation(UUID id, String organisation) {
        return find("id = ?1 and organisation = ?2", id, organisation).firstResultOptional();
    }
}
