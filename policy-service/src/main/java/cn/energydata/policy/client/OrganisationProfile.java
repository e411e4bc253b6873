package cn.energydata.policy.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;

/**
 * catalog-service's {@code GET /api/internal/organisations/{organisation}/profile} (docs/service-contracts.md).
 * Only {@code ciio} matters to decisions; a missing value counts as a CIIO (fail closed).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrganisationProfile(String organisation, String legalName, String uscc, String sector, String province,
                                  String filingAuthority, Boolean ciio, String dataSecurityOfficer,
                                  String dataSecurityBody, Instant updatedAt, String updatedBy) {
}
