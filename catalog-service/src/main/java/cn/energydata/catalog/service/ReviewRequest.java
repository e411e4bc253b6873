package cn.energydata.catalog.service;

import cn.energydata.catalog.domain.GradeFlag;
import cn.energydata.catalog.domain.Level;
import cn.energydata.catalog.domain.ReviewDecision;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * A reviewer's decision. {@code version} is the asset version the reviewer saw: another review in between
 * makes this one a 409. {@code lineageJustification} records why a de-identified or statistical derivative may
 * be graded below its sources. {@code flags} (OVERRIDE only) replaces the grade's flags; left out, they are kept.
 */
public record ReviewRequest(@NotNull ReviewDecision decision, Level level, List<String> categories,
                            @NotBlank @Size(max = 4000) String justification, @NotNull Long version,
                            @Size(max = 4000) String lineageJustification, List<GradeFlag> flags) {
}
