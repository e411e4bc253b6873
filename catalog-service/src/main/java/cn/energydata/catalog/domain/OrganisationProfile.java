package cn.energydata.catalog.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** Who an organisation is for the regulator: legal name, credit code, sector, CIIO status, data-security duties. */
@Entity
@Table(name = "organisation_profiles")
public class OrganisationProfile extends PanacheEntityBase {

    @Id
    public String organisation;
    @Column(name = "legal_name")
    public String legalName;
    /** Unified social credit code (统一社会信用代码, GB 32100). */
    public String uscc;
    @Enumerated(EnumType.STRING)
    public Sector sector;
    public String province;
    @Column(name = "filing_authority")
    public String filingAuthority;
    /** Critical-information-infrastructure operator. */
    public boolean ciio;
    @Column(name = "data_security_officer")
    public String dataSecurityOfficer;
    @Column(name = "data_security_body")
    public String dataSecurityBody;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "updated_by")
    public String updatedBy;
}
