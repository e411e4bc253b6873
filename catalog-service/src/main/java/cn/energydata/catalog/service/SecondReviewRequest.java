package cn.energydata.catalog.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The second reviewer's answer to a CORE downgrade. */
public record SecondReviewRequest(boolean approve, @NotBlank @Size(max = 4000) String justification,
                                  @NotNull Long version) {
}
