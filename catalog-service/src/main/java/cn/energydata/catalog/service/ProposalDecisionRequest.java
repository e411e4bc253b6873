package cn.energydata.catalog.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Accept or reject an automatic re-grade of an asset a reviewer had decided. */
public record ProposalDecisionRequest(boolean accept, @NotBlank @Size(max = 4000) String justification,
                                      @NotNull Long version) {
}
