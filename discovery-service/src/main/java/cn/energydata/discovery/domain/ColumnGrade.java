package cn.energydata.discovery.domain;

/** A column's grade as the classifier gave it. */
public record ColumnGrade(String name, String category, String level) {
}
