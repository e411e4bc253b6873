package cn.energydata.policy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** The record of a verified erasure and its certificate. */
@Entity
@Table(name = "erasure")
public class ErasureRecord {

    @Id
    public UUID id;
    @Column(name = "asset_id")
    public String assetId;
    public String organisation;
    @Column(name = "decision_id")
    public UUID decisionId;
    public String medium;
    public String method;
    public String certificate;
    @Column(name = "verified_by")
    public String verifiedBy;
    public String verification;
    @Column(name = "second_operator")
    public String secondOperator;
    @Column(name = "erased_at")
    public Instant erasedAt;
    @Column(name = "recorded_by")
    public String recordedBy;
    @Column(name = "recorded_at")
    public Instant recordedAt;
    @Column(name = "catalog_retired")
    public boolean catalogRetired;
    @Column(name = "catalog_error")
    public String catalogError;
}
