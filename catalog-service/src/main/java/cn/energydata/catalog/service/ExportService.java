package cn.energydata.catalog.service;

import cn.energydata.catalog.config.CatalogConfig;
import cn.energydata.catalog.domain.Asset;
import cn.energydata.catalog.domain.ExportRecord;
import cn.energydata.catalog.domain.Level;
import cn.energydata.catalog.repository.AssetRepository;
import cn.energydata.catalog.repository.ExportRepository;
import cn.energydata.catalog.repository.LineageRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The important/core data catalogue for the provincial energy authority: filing fields only, never content.
 * Each export remembers what was filed so the next one can mark entries that need re-filing.
 */
@ApplicationScoped
public class ExportService {

    public enum Filing { NEW, UNCHANGED, REFILING_REQUIRED }

    public record Entry(UUID assetId, String name, List<String> categories, Level level, String source,
                        Long records, Long bytes, Long distinctPersons, String carrier, String storage,
                        List<String> storageRegions, String purpose, List<String> scope, String responsibleUnit,
                        String contact, boolean shared, String sharingDetails, boolean crossBorder,
                        String securityMeasures, Filing filing, String filingReason) {
    }

    public record Catalogue(UUID exportId, String organisation, Instant exportedAt, String exportedBy,
                            int refilingRequired, List<Entry> entries) {
    }

    public record ExportSummary(UUID id, String format, int entries, int refiling, String exportedBy,
                                Instant exportedAt) {
    }

    @Inject
    Tenancy tenancy;

    @Inject
    AssetRepository assets;

    @Inject
    LineageRepository lineage;

    @Inject
    ExportRepository exports;

    @Inject
    AuditService audit;

    @Inject
    CatalogConfig config;

    @Transactional
    public Catalogue export(String format) {
        String org = tenancy.organisation();
        String actor = tenancy.username();
        Instant now = AssetRepository.now();
        List<Entry> entries = assets.catalogue(org).stream().map(a -> fileEntry(a, now)).toList();
        int refiling = (int) entries.stream().filter(e -> e.filing() == Filing.REFILING_REQUIRED).count();
        ExportRecord record = new ExportRecord();
        record.id = UUID.randomUUID();
        record.organisation = org;
        record.format = format;
        record.entries = entries.size();
        record.refiling = refiling;
        record.exportedBy = actor;
        record.exportedAt = now;
        exports.persist(record);
        audit.record(org, actor, "EXPORTED", null,
                AuditDetail.of("export", record.id, "format", format, "entries", entries.size(), "refiling", refiling));
        return new Catalogue(record.id, org, now, actor, refiling, entries);
    }

    @Transactional
    public List<ExportSummary> history() {
        return exports.recent(tenancy.organisation(), 100).stream().map(e -> new ExportSummary(e.id, e.format,
                e.entries, e.refiling, e.exportedBy, e.exportedAt)).toList();
    }

    /** Builds the entry, compares it with what was last filed, and remembers it as filed now. */
    private Entry fileEntry(Asset a, Instant now) {
        String source = lineage.sourcesOf(a.id).isEmpty() ? (a.systemName == null ? "original" : a.systemName)
                : "derived (" + lineage.sourcesOf(a.id).stream().map(l -> l.method.name()).distinct()
                .collect(Collectors.joining(", ")) + ")";
        String fingerprint = fingerprint(a, source);
        long scale = scale(a);
        Filing filing;
        String reason = null;
        if (a.filedFingerprint == null) {
            filing = Filing.NEW;
        } else if (!a.filedFingerprint.equals(fingerprint)) {
            filing = Filing.REFILING_REQUIRED;
            reason = "filing fields changed since the last export";
        } else if (scaleChanged(a.filedScale, scale)) {
            filing = Filing.REFILING_REQUIRED;
            reason = "scale changed by at least " + config.export().refilingScaleChangePercent() + " %";
        } else {
            filing = Filing.UNCHANGED;
        }
        a.filedFingerprint = fingerprint;
        a.filedScale = scale;
        a.filedAt = now;
        return new Entry(a.id, a.name, List.copyOf(a.categories), a.level, source, a.volumeRecords, a.volumeBytes,
                a.distinctPersons, a.format, a.storageLocation, List.copyOf(a.storageRegions), a.purpose,
                List.copyOf(a.provinces), a.ownerDepartment, a.ownerContact, a.shared, a.sharingDetails,
                a.crossBorder, a.securityMeasures, filing, reason);
    }

    private boolean scaleChanged(Long filed, long now) {
        if (filed == null || filed == 0) {
            return now != 0 && filed != null;
        }
        return Math.abs(now - filed) * 100.0 / filed >= config.export().refilingScaleChangePercent();
    }

    /** The size that counts for re-filing: records when known, otherwise bytes. */
    private static long scale(Asset a) {
        if (a.volumeRecords != null) {
            return a.volumeRecords;
        }
        return a.volumeBytes == null ? 0 : a.volumeBytes;
    }

    /** A hash of the filing fields other than scale, to notice any field change. */
    private static String fingerprint(Asset a, String source) {
        String text = String.join("\u001f", a.name, String.join(",", a.categories), String.valueOf(a.level), source,
                String.valueOf(a.format), String.valueOf(a.storageLocation), String.join(",", a.storageRegions),
                String.valueOf(a.purpose), String.join(",", a.provinces), a.ownerDepartment, a.ownerContact,
                Boolean.toString(a.shared), String.valueOf(a.sharingDetails), Boolean.toString(a.crossBorder),
                String.valueOf(a.securityMeasures));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** RFC 4180 CSV of the catalogue. */
    public static String csv(Catalogue catalogue) {
        StringBuilder out = new StringBuilder("assetId,name,categories,level,source,records,bytes,distinctPersons,"
                + "carrier,storage,storageRegions,purpose,scope,responsibleUnit,contact,shared,sharingDetails,"
                + "crossBorder,securityMeasures,filing,filingReason\r\n");
        for (Entry e : catalogue.entries()) {
            out.append(String.join(",", List.of(cell(e.assetId()), cell(e.name()), cell(String.join(";", e.categories())),
                    cell(e.level()), cell(e.source()), cell(e.records()), cell(e.bytes()), cell(e.distinctPersons()),
                    cell(e.carrier()), cell(e.storage()), cell(String.join(";", e.storageRegions())), cell(e.purpose()),
                    cell(String.join(";", e.scope())), cell(e.responsibleUnit()), cell(e.contact()), cell(e.shared()),
                    cell(e.sharingDetails()), cell(e.crossBorder()), cell(e.securityMeasures()), cell(e.filing()),
                    cell(e.filingReason())))).append("\r\n");
        }
        return out.toString();
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        // Leading = + - @ would be evaluated as formulas by spreadsheet software.
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
