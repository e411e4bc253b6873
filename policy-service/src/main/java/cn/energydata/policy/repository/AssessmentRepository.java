package cn.energydata.policy.repository;

import cn.energydata.policy.domain.Assessment;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AssessmentRepository implements PanacheRepositoryBase<Assessment, UUID> {

    /** Assessments of an organisation valid on a day. */
    public List<Assessment> validOn(String organisation, LocalDate day) {
        return list("organisation = ?1 and validFrom <= ?2 and validUntil >= ?2", organisation, day);
    }

    public List<Assessment> ofOrganisation(String organisation) {
        return list("organisation", Sort.descending("validUntil").and("id"), organisation);
    }
}
