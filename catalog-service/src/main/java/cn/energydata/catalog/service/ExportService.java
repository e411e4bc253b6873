package cn.energydata.catalog.service;

import cn.energydata.catalog.config.CatalogConfig;
import cn.energydata.catalog.domain.Asset;
import cn.energydata.catalog.domain.AssetStatus;
import cn.energydata.catalog.domain.ExportRecord;
import cn.energydata.catalog.domain.Level;
import cn.energydata.catalog.domain.LineageMethod;
import cn.energydata.catalog.domain.OrganisationProfile;
import cn.energydata.catalog.domain.Sector;
import cn.energydata.catalog.domain.Timestamps;
import cn.energydata.catalog.repository.AssetRepository;
import cn.energydata.catalog.repository.ExportEntryRepository;
import cn.energydata.catalog.repository.ExportRepository;
import cn.energydata.catalog.repository.LineageRepository;
import cn.energydata.catalog.repository.OrganisationProfileRepository;
import cn.energydata.catalog.service.FilingService.Change;
import cn.energydata.catalog.service.FilingService.Filing;
import cn.energydata.common.problem.ProblemException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The important/core data catalogue for the provincial energy authority (issue 13 item 7): filing fields only, never
 * content. It files reviewed (CONFIRMED / OVERRIDDEN) important and core assets that are not flagged out of scope; an
 * entry that lacks filing fields is listed as INCOMPLETE and not filed; an asset filed earlier that has since been
 * retired or erased, graded below important or flagged out of scope gets a DEFILING entry. Each export keeps its
 * catalogue, so it can be downloaded again in any format with the same content.
 */
@ApplicationScoped
public class ExportService {

    /** Who files: from the organisation profile. */
    public record Header(String organisation, String legalName, String uscc, Sector sector, String province,
                         String filingAuthority, String dataSecurityOfficer, String dataSecurityBody) {

        static Header of(OrganisationProfile p) {
            return new Header(p.organisation, p.legalName, p.uscc, p.sector, p.province, p.filingAuthority,
                    p.dataSecurityOfficer, p.dataSecurityBody);
        }
    }

    /**
     * One row of the catalogue. {@code level} is the level filed (for DEFILING: the level the authority has on file);
     * {@code reviewStatus} the asset's status (CONFIRMED / OVERRIDDEN, or RETIRED for a de-filed retired asset);
     * {@code refilingDueBy} the due date the row meets, for a re-filing or a de-filing.
     */
    public record Entry(UUID assetId, String name, List<String> categories, Level level, String source,
                        Long records, Long bytes, Long distinctPersons, String carrier, String storage,
                        List<String> storageRegions, String purpose, List<String> scope, String responsibleUnit,
                        String contact, boolean shared, String sharingDetails, boolean crossBorder,
                        String securityMeasures, Filing filing, String filingReason, String levelName,
                        AssetStatus reviewStatus, String system, boolean complete, List<String> missingFields,
                        LocalDate refilingDueBy) {
    }

    public record Catalogue(UUID exportId, String organisation, Instant exportedAt, String exportedBy,
                            int refilingRequired, List<Entry> entries, String format, Header header, int filed,
                            int incomplete, int defiling) {
    }

    public record ExportSummary(UUID id, String format, int entries, int refiling, String exportedBy,
                                Instant exportedAt, int filed, int incomplete, int defiling, boolean downloadable) {
    }

    /** A filed asset whose change the authority has not been told about yet. */
    public record RefilingDue(UUID assetId, String name, Level level, Level filedLevel, AssetStatus status,
                              Filing filing, String reason, Instant changedAt, LocalDate dueBy, boolean overdue) {
    }

    @Inject
    Clock clock;

    @Inject
    AssetRepository assets;

    @Inject
    LineageRepository lineage;

    @Inject
    ExportRepository exports;

    @Inject
    ExportEntryRepository entries;

    @Inject
    OrganisationProfileRepository profiles;

    @Inject
    FilingService filing;

    @Inject
    AuditService audit;

    @Inject
    Tenancy tenancy;

    @Inject
    CatalogConfig config;

    @Inject
    ObjectMapper json;

    /** Counts of an export's entries while it is built. */
    private static final class Counts {
        int entries;
        int refiling;
        int incomplete;
        int defiling;

        void add(Filing kind) {
            entries++;
            refiling += kind == Filing.REFILING_REQUIRED ? 1 : 0;
            incomplete += kind == Filing.INCOMPLETE ? 1 : 0;
            defiling += kind == Filing.DEFILING ? 1 : 0;
        }
    }

    /**
     * Builds and records an export of the organisation's catalogue, reading the assets page by page in short
     * transactions (keyset order) and keeping each entry in {@code export_entries}; nothing is held in memory but a
     * page. The export is recorded, and its assets marked filed, in one short transaction at the end, only once
     * every entry is written; an export that fails or is overtaken leaves nothing behind.
     *
     * @return the id of the recorded export; {@link #file} writes it in any format
     */
    public UUID export(String organisation, String actor, String format, JobService.Progress progress) {
        record Start(UUID previousExport, long size) {
        }
        Start start = QuarkusTransaction.requiringNew().call(() -> {
            requireProfile(profiles.findById(organisation));
            return new Start(exports.latestId(organisation), assets.catalogueSize(organisation));
        });
        progress.total(start.size());
        UUID id = UUID.randomUUID();
        Instant now = Timestamps.now(clock);
        try {
            Counts counts = new Counts();
            writeEntries(id, organisation, counts, progress, true);
            writeEntries(id, organisation, counts, progress, false);
            QuarkusTransaction.requiringNew().run(() -> record(id, organisation, actor, format, now, counts,
                    start.previousExport()));
            return id;
        } catch (RuntimeException e) {
            QuarkusTransaction.requiringNew().run(() -> entries.delete(id));
            throw e;
        }
    }

    /** The catalogue's entries (filed assets), or its de-filing entries, one short transaction per page. */
    private void writeEntries(UUID id, String organisation, Counts counts, JobService.Progress progress,
                              boolean catalogue) {
        int pageSize = config.jobs().chunkSize();
        AssetRepository.After after = AssetRepository.After.START;
        int read;
        do {
            AssetRepository.After from = after;
            List<Asset> page = QuarkusTransaction.requiringNew().call(() -> {
                List<Asset> assetsPage = catalogue ? assets.cataloguePage(organisation, from, pageSize)
                        : assets.defilingPage(organisation, from, pageSize);
                Map<UUID, List<LineageMethod>> methods = lineage.methodsOf(assetsPage.stream().map(a -> a.id).toList());
                List<ExportEntryRepository.Row> rows = new ArrayList<>(assetsPage.size());
                for (Asset a : assetsPage) {
                    String source = FilingService.source(a, methods.getOrDefault(a.id, List.of()));
                    rows.add(catalogue ? fileRow(a, source, counts) : defilingRow(a, source, counts));
                }
                entries.insert(id, rows);
                return assetsPage;
            });
            read = page.size();
            if (read > 0) {
                after = AssetRepository.After.of(page.get(read - 1));
            }
            progress.processed(counts.entries);
        } while (read == pageSize);
    }

    /** The row of a reviewed important/core asset, compared with what was filed; filed when complete. */
    private ExportEntryRepository.Row fileRow(Asset a, String source, Counts counts) throws JsonProcessingException {
        List<String> missing = FilingFields.missing(a);
        Filing kind;
        String reason = null;
        if (!missing.isEmpty()) {
            kind = Filing.INCOMPLETE;
            reason = "not filed: missing filing fields " + String.join(", ", missing);
        } else if (a.filedFingerprint == null) {
            kind = Filing.NEW;
        } else {
            Change change = filing.pendingChange(a, source);
            kind = change == null ? Filing.UNCHANGED : change.filing();
            reason = change == null ? null : change.reason();
        }
        Entry entry = entry(a, source, a.level, kind, reason, missing,
                kind == Filing.REFILING_REQUIRED ? a.refilingDueOn : null);
        boolean filed = kind != Filing.INCOMPLETE;
        counts.add(kind);
        return new ExportEntryRepository.Row(counts.entries, json.writeValueAsString(entry), a.id, a.version,
                filed ? "FILED" : null, filed ? FilingService.fingerprint(a, source) : null,
                filed ? FilingService.scale(a) : null, filed ? a.distinctPersons : null,
                filed ? a.level.name() : null);
    }

    /** The row of an asset filed earlier that has since left the catalogue. */
    private ExportEntryRepository.Row defilingRow(Asset a, String source, Counts counts)
            throws JsonProcessingException {
        Change change = filing.pendingChange(a, source);
        String reason = change == null ? "left the catalogue" : change.reason();
        Entry entry = entry(a, source, a.filedLevel != null ? a.filedLevel : a.level, Filing.DEFILING, reason,
                List.of(), a.refilingDueOn);
        counts.add(Filing.DEFILING);
        return new ExportEntryRepository.Row(counts.entries, json.writeValueAsString(entry), a.id, a.version,
                "DEFILED", null,
                null, null, null);
    }

    /**
     * Records the export and marks its assets filed. The profile row is locked, so the organisation's exports are
     * recorded one at a time; an export overtaken by another one recorded while it was being built is refused (409),
     * since both would file the same changes.
     */
    private void record(UUID id, String organisation, String actor, String format, Instant now, Counts counts,
                        UUID previousExport) {
        OrganisationProfile profile = requireProfile(profiles.findForUpdate(organisation));
        if (!Objects.equals(exports.latestId(organisation), previousExport)) {
            throw new ProblemException(409, "export-overtaken", "Conflict",
                    "Another export of the catalogue was recorded while this one was being built: export again.");
        }
        entries.applyFilingMarks(id, now);
        int filed = counts.entries - counts.incomplete - counts.defiling;
        Catalogue meta = new Catalogue(id, organisation, now, actor, counts.refiling, List.of(), format,
                Header.of(profile), filed, counts.incomplete, counts.defiling);
        ExportRecord record = new ExportRecord();
        record.id = id;
        record.organisation = organisation;
        record.format = format;
        record.entries = counts.entries;
        record.refiling = counts.refiling;
        record.filed = filed;
        record.incomplete = counts.incomplete;
        record.defiling = counts.defiling;
        record.exportedBy = actor;
        record.exportedAt = now;
        record.document = write(meta);
        record.entriesKept = true;
        exports.persist(record);
        audit.record(organisation, actor, "EXPORTED", null, AuditDetail.of("export", id, "format", format,
                "entries", counts.entries, "refiling", counts.refiling, "incomplete", counts.incomplete,
                "defiling", counts.defiling));
    }

    private static OrganisationProfile requireProfile(OrganisationProfile profile) {
        return requireProfile(Optional.ofNullable(profile));
    }

    private static OrganisationProfile requireProfile(Optional<OrganisationProfile> profile) {
        return profile.orElseThrow(() -> new ProblemException(409, "organisation-profile-required",
                "Organisation profile required",
                "The catalogue names the organisation's legal name, unified social credit code and filing authority:"
                        + " a security-admin records them first (PUT /api/organisation/profile)."));
    }

    /** A recorded export of the caller's organisation, ready to be written in any format. */
    public record ExportFile(Catalogue meta, boolean entriesKept) {
    }

    /** A past export (404 for another organisation's, 410 for one made before exports were kept). */
    public ExportFile file(UUID id, String organisation) {
        ExportRecord record = QuarkusTransaction.requiringNew().call(() -> exports.findByIdOptional(id)
                .filter(e -> e.organisation.equals(organisation))
                .orElseThrow(() -> ProblemException.notFound("Export " + id)));
        if (record.document == null) {
            throw new ProblemException(410, "export-not-kept", "Export not kept",
                    "This export was made before the catalog kept the exported catalogue; export again.");
        }
        try {
            return new ExportFile(json.readValue(record.document, Catalogue.class), record.entriesKept);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored export " + id + " is unreadable", e);
        }
    }

    /** Writes an export in a format, its entries read page by page. */
    public void write(ExportFile file, String format, OutputStream out) throws IOException {
        Iterator<Entry> rows = file.entriesKept() ? storedEntries(file.meta().exportId())
                : file.meta().entries().iterator();
        switch (format) {
            case "csv" -> CatalogueFormats.csv(file.meta(), rows, out);
            case "xlsx" -> CatalogueFormats.xlsx(file.meta(), rows, out);
            default -> CatalogueFormats.json(file.meta(), rows, out, json);
        }
    }

    private Iterator<Entry> storedEntries(UUID exportId) {
        int pageSize = config.jobs().chunkSize();
        return new Iterator<>() {
            private List<ExportEntryRepository.Stored> page = entries.page(exportId, 0, pageSize);
            private int next;

            @Override
            public boolean hasNext() {
                if (next == page.size() && page.size() == pageSize) {
                    page = entries.page(exportId, page.get(page.size() - 1).n(), pageSize);
                    next = 0;
                }
                return next < page.size();
            }

            @Override
            public Entry next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                try {
                    return json.readValue(page.get(next++).entry(), Entry.class);
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException("Stored export entry of " + exportId + " is unreadable", e);
                }
            }
        };
    }

    @Transactional
    public List<ExportSummary> history() {
        return exports.recent(tenancy.organisation(), 100).stream().map(e -> new ExportSummary(e.id, e.format,
                e.entries, e.refiling, e.exportedBy, e.exportedAt, e.filed, e.incomplete, e.defiling,
                e.document != null)).toList();
    }

    /** A page of {@link RefilingDue}; {@code next} is the {@code after} of the following page, null on the last. */
    public record RefilingDuePage(List<RefilingDue> items, String next) {
    }

    @Transactional
    public RefilingDuePage refilingDue(String after, int size) {
        LocalDate today = LocalDate.ofInstant(Timestamps.now(clock), config.export().zone());
        LocalDate afterDue = null;
        AssetRepository.After from = null;
        if (after != null) {
            List<String> keys = PageCursor.decode(after, 3);
            try {
                afterDue = LocalDate.parse(keys.get(0));
            } catch (java.time.format.DateTimeParseException e) {
                throw ProblemException.badRequest("after: not a cursor given out by this service.");
            }
            from = new AssetRepository.After(Cursors.instant(keys.get(1)), Cursors.uuid(keys.get(2)));
        }
        List<Asset> page = assets.refilingDue(tenancy.organisation(), afterDue, from, size);
        Asset last = page.size() == size ? page.get(size - 1) : null;
        String next = last == null ? null : PageCursor.encode(last.refilingDueOn, last.registeredAt, last.id);
        return new RefilingDuePage(page.stream().map(a -> {
            Change change = filing.pendingChange(a);
            Filing kind = change == null ? Filing.REFILING_REQUIRED : change.filing();
            return new RefilingDue(a.id, a.name, a.level, a.filedLevel, a.status, kind, a.refilingReason,
                    a.refilingChangedAt, a.refilingDueOn, a.refilingDueOn.isBefore(today));
        }).toList(), next);
    }

    private Entry entry(Asset a, String source, Level level, Filing kind, String reason, List<String> missing,
                        LocalDate due) {
        return new Entry(a.id, a.name, List.copyOf(a.categories), level, source, a.volumeRecords,
                a.volumeBytes, a.distinctPersons, a.format, a.storageLocation, List.copyOf(a.storageRegions),
                a.purpose, List.copyOf(a.provinces), a.ownerDepartment, a.ownerContact, a.shared, a.sharingDetails,
                a.crossBorder, a.securityMeasures, kind, reason, level == null ? null : level.chineseName(), a.status,
                a.systemName, missing.isEmpty(), List.copyOf(missing), due);
    }

    private String write(Catalogue catalogue) {
        try {
            return json.writeValueAsString(catalogue);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
