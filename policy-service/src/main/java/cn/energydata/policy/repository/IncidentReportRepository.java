package cn.energydata.policy.repository;

import cn.energydata.policy.domain.IncidentReport;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class IncidentReportRepository implements PanacheRepositoryBase<IncidentReport, UUID> {

    public List<IncidentReport> ofIncidents(Collection<UUID> incidentIds) {
        return incidentIds.isEmpty() ? List.of() : list("incidentId in ?1", incidentIds);
    }
}
