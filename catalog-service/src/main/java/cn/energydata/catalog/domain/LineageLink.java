package cn.energydata.catalog.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** "Asset {@code assetId} is derived from {@code sourceAssetId} by {@code method}". */
@Entity
@Table(name = "lineage")
public class LineageLink extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "asset_id")
    public UUID assetId;
    @Column(name = "source_asset_id")
    public UUID sourceAssetId;
    @Enumerated(EnumType.STRING)
    public LineageMethod method;
}
