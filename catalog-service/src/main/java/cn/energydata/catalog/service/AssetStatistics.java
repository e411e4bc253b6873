package cn.energydata.catalog.service;

import cn.energydata.catalog.config.CatalogConfig;
import cn.energydata.catalog.repository.AssetBreakdowns;
import cn.energydata.catalog.repository.AssetRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The organisation's dashboard figures over its assets not retired (byStatus counts retired ones too). Months are
 * counted in the filing authority's time zone ({@code catalog.export.zone}), like the filing's due dates.
 */
@ApplicationScoped
public class AssetStatistics {

    static final int MONTHS = 12;
    static final int TOP = 20;

    public record Statistics(long total, Map<String, Long> byLevel, Map<String, Long> byStatus,
                             Map<String, Long> byCategory, List<Month> byMonth, List<Group> byDepartment,
                             List<Group> byProvince) {
    }

    /** Assets registered in {@code month} ({@code yyyy-MM}) and how many of them are IMPORTANT and CORE now. */
    public record Month(String month, long registered, long important, long core) {
    }

    public record Group(String key, long total, long important, long core) {
    }

    @Inject
    Tenancy tenancy;

    @Inject
    AssetRepository assets;

    @Inject
    AssetBreakdowns breakdowns;

    @Inject
    CatalogConfig config;

    @Inject
    Clock clock;

    @Transactional
    public Statistics statistics() {
        String org = tenancy.organisation();
        Map<String, Long> byLevel = assets.countBy(org, "level");
        return new Statistics(byLevel.values().stream().mapToLong(Long::longValue).sum(), byLevel,
                assets.countBy(org, "status"), assets.countBy(org, "category"), byMonth(org),
                groups(breakdowns.byDepartment(org, TOP)), groups(breakdowns.byProvince(org, TOP)));
    }

    /** The last {@value #MONTHS} months, the current one last, each present (zero when nothing was registered). */
    private List<Month> byMonth(String org) {
        ZoneId zone = config.export().zone();
        YearMonth current = YearMonth.now(clock.withZone(zone));
        YearMonth first = current.minusMonths(MONTHS - 1);
        Map<String, AssetBreakdowns.Counts> counted = breakdowns
                .byMonth(org, first.atDay(1).atStartOfDay(zone).toInstant(), zone).stream()
                .collect(Collectors.toMap(AssetBreakdowns.Counts::key, Function.identity()));
        List<Month> months = new ArrayList<>(MONTHS);
        for (YearMonth month = first; !month.isAfter(current); month = month.plusMonths(1)) {
            AssetBreakdowns.Counts c = counted.get(month.toString());
            months.add(c == null ? new Month(month.toString(), 0, 0, 0)
                    : new Month(month.toString(), c.total(), c.important(), c.core()));
        }
        return months;
    }

    private static List<Group> groups(List<AssetBreakdowns.Counts> counts) {
        return counts.stream().map(c -> new Group(c.key(), c.total(), c.important(), c.core())).toList();
    }
}
