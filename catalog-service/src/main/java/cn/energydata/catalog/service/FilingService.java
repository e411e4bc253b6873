package cn.energydata.catalog.service;

import cn.energydata.catalog.config.CatalogConfig;
import cn.energydata.catalog.domain.Asset;
import cn.energydata.catalog.domain.GradeFlag;
import cn.energydata.catalog.domain.LineageMethod;
import cn.energydata.catalog.domain.Timestamps;
import cn.energydata.catalog.repository.LineageRepository;
import cn.energydata.common.hash.Sha256;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What the filing authority has on file for an asset, and whether it must be told about a change. Every change that
 * can affect a filed entry (grade, review, descriptor or filing fields, retirement) calls {@link #noteChange}: the first
 * such change since the last filing starts the re-filing clock (change + {@code catalog.export.refiling-months}, the
 * Measures' 3 months), kept on the asset until an export files (or de-files) it, or the change is undone.
 */
@ApplicationScoped
public class FilingService {

    /** The kind of filing a change calls for. */
    public enum Filing { NEW, UNCHANGED, REFILING_REQUIRED, DEFILING, INCOMPLETE }

    public record Change(Filing filing, String reason) {
    }

    @Inject
    LineageRepository lineage;

    @Inject
    CatalogConfig config;

    @Inject
    Clock clock;

    /** Records (or clears) the pending re-filing of a filed asset after a change; call before flushing it. */
    public void noteChange(Asset a) {
        Change change = a.filedFingerprint == null ? null : pendingChange(a);
        if (change == null) {
            clearPending(a);
            return;
        }
        if (a.refilingDueOn == null) {
            Instant now = Timestamps.now(clock);
            a.refilingChangedAt = now;
            a.refilingDueOn = LocalDate.ofInstant(now, config.export().zone())
                    .plusMonths(config.export().refilingMonths());
        }
        a.refilingReason = change.reason();
    }

    /**
     * For a filed asset: DEFILING when it left the catalogue (retired or erased, graded below important, flagged out
     * of scope), REFILING_REQUIRED when a filing field or its scale changed, null when the filing is still right.
     */
    public Change pendingChange(Asset a) {
        return pendingChange(a, source(a));
    }

    /** {@link #pendingChange(Asset)} with the asset's {@link #source} already known (exports read it in bulk). */
    public Change pendingChange(Asset a, String source) {
        if (a.isRetired()) {
            return new Change(Filing.DEFILING, "retired: " + a.retireReason);
        }
        if (!FilingFields.filingLevel(a)) {
            return new Change(Filing.DEFILING, "downgraded to " + (a.level == null ? "ungraded" : a.level.name() + " ("
                    + a.level.chineseName() + ")"));
        }
        if (a.hasFlag(GradeFlag.OUT_OF_SCOPE)) {
            return new Change(Filing.DEFILING, "flagged OUT_OF_SCOPE: not energy data under the Measures");
        }
        if (!fingerprint(a, source).equals(a.filedFingerprint)) {
            return new Change(Filing.REFILING_REQUIRED, a.filedLevel != null && a.filedLevel != a.level
                    ? "level changed from " + a.filedLevel + " to " + a.level
                    : "filing fields changed since the last export");
        }
        int percent = config.export().refilingScaleChangePercent();
        if (scaleChanged(a.filedScale, scale(a), percent)) {
            return new Change(Filing.REFILING_REQUIRED, "scale changed by at least " + percent + " %");
        }
        if (a.filedPersons != null && scaleChanged(a.filedPersons, a.distinctPersons == null ? 0 : a.distinctPersons,
                percent)) {
            return new Change(Filing.REFILING_REQUIRED, "number of persons changed by at least " + percent + " %");
        }
        return null;
    }



    private static void clearPending(Asset a) {
        a.refilingChangedAt = null;
        a.refilingDueOn = null;
        a.refilingReason = null;
    }

    /** Where the data comes from: its system, or the lineage methods of a derived asset. */
    public String source(Asset a) {
        return source(a, lineage.sourcesOf(a.id).stream().map(l -> l.method).toList());
    }

    /** {@link #source(Asset)} from the lineage methods of the asset's source links, in link order. */
    public static String source(Asset a, List<LineageMethod> methods) {
        if (methods.isEmpty()) {
            return a.systemName == null ? "original" : a.systemName;
        }
        return "derived (" + methods.stream().map(Enum::name).distinct().collect(Collectors.joining(", ")) + ")";
    }

    static boolean scaleChanged(Long filed, long now, int percent) {
        if (filed == null || filed == 0) {
            return now != 0 && filed != null;
        }
        return Math.abs(now - filed) * 100.0 / filed >= percent;
    }

    /** The size that counts for re-filing: records when known, otherwise bytes. */
    static long scale(Asset a) {
        if (a.volumeRecords != null) {
            return a.volumeRecords;
        }
        return a.volumeBytes == null ? 0 : a.volumeBytes;
    }

    /**
     * A hash of the filing fields other than scale, to notice any field change. Unchanged since the first exports, so
     * assets filed before issue 13 are not all marked for re-filing.
     */
    static String fingerprint(Asset a, String source) {
        String text = String.join("\u001f", a.name, String.join(",", a.categories), String.valueOf(a.level), source,
                String.valueOf(a.format), String.valueOf(a.storageLocation), String.join(",", a.storageRegions),
                String.valueOf(a.purpose), String.join(",", a.provinces), a.ownerDepartment, a.ownerContact,
                Boolean.toString(a.shared), String.valueOf(a.sharingDetails), Boolean.toString(a.crossBorder),
                String.valueOf(a.securityMeasures));
        return Sha256.hex(text);
    }
}
