package cn.energydata.policy.repository;

import cn.energydata.policy.domain.ErasureRecord;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class ErasureRepository implements PanacheRepositoryBase<ErasureRecord, UUID> {
}
