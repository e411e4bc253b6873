package cn.energydata.catalog.domain;

/** The personal information the classifier found in an asset: counts only, never values. */
public record PersonalInformation(Long persons, Long minors, Long children, boolean sensitive) {
}
