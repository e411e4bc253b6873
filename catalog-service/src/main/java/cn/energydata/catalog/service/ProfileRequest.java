package cn.energydata.catalog.service;

import cn.energydata.catalog.domain.Sector;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What a security-admin saves as the organisation's profile. The data-security officer and body may be left out
 * only while the organisation holds no important or core data (DSL art. 27; NDSMR art. 30).
 */
public record ProfileRequest(@NotBlank @Size(max = 300) String legalName,
                             @NotBlank @Uscc.Valid String uscc,
                             @NotNull Sector sector,
                             @NotBlank @Size(max = 100) String province,
                             @NotBlank @Size(max = 200) String filingAuthority,
                             @NotNull Boolean ciio,
                             @Size(max = 200) String dataSecurityOfficer,
                             @Size(max = 300) String dataSecurityBody) {
}
