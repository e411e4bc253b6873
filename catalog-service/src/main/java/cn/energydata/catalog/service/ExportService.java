package cn.energydata.catalog.service;

import cn.energydata.catalog.config.CatalogConfig;
import cn.energydata.catalog.domain.Asset;
import cn.energydata.catalog.domain.AssetStatus;
import cn.energydata.catalog.domain.ExportRecord;
import cn.energydata.catalog.domain.Level;
import cn.energydata.catalog.domain.OrganisationProfile;
import cn.energydata.catalog.domain.Sector;
import cn.energydata.catalog.repository.AssetRepository;
import cn.energydata.catalog.repository.ExportRepository;
import cn.energydata.catalog.repository.OrganisationProfileRepository;
import cn.energydata.catalog.service.FilingService.Change;
import cn.energydata.catalog.service.FilingService.Filing;
import cn.energydata.common.problem.ProblemException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
    Tenancy tenancy;

    @Inject
    AssetRepository assets;

    @Inject
    ExportRepository exports;

    @Inject
    OrganisationProfileRepository profiles;

    @Inject
    FilingService filing;

    @Inject
    AuditService audit;

    @Inject
    CatalogConfig config;

    @Inject
    ObjectMapper json;

    @Transactional
    public Catalogue export(String format) {
        String org = tenancy.organisation();
        String actor = tenancy.username();
        // Locking the profile serialises the organisation's exports: two at once would file the same changes twice.
        OrganisationProfile profile = profiles.findForUpdate(org).orElseThrow(() -> new ProblemException(409,
                "organisation-profile-required", "Organisation profile required",
                "The catalogue names the organisation's legal name, unified social credit code and filing authority:"
                        + " a security-admin records them first (PUT /api/organisation/profile)."));
        Instant now = AssetRepository.now();
        List<Entry> entries = new ArrayList<>();
        for (Asset a : assets.catalogue(org)) {
            entries.add(fileEntry(a, now));
        }
        for (Asset a : assets.defilingCandidates(org)) {
            entries.add(defilingEntry(a, now));
        }
        int refiling = count(entries, Filing.REFILING_REQUIRED);
        int incomplete = count(entries, Filing.INCOMPLETE);
        int defiling = count(entries, Filing.DEFILING);
        UUID id = UUID.randomUUID();
        Catalogue catalogue = new Catalogue(id, org, now, actor, refiling, entries, format, Header.of(profile),
                entries.size() - incomplete - defiling, incomplete, defiling);
        ExportRecord record = new ExportRecord();
        record.id = id;
        record.organisation = org;
        record.format = format;
        record.entries = entries.size();
        record.refiling = refiling;
        record.filed = catalogue.filed();
        record.incomplete = incomplete;
        record.defiling = defiling;
        record.exportedBy = actor;
        record.exportedAt = now;
        record.document = write(catalogue);
        exports.persist(record);
        audit.record(org, actor, "EXPORTED", null, AuditDetail.of("export", id, "format", format,
                "entries", entries.size(), "refiling", refiling, "incomplete", incomplete, "defiling", defiling));
        return catalogue;
    }

    /** A past export as it was produced (404 for another organisation's, 410 for one made before exports were kept). */
    @Transactional
    public Catalogue past(UUID id) {
        ExportRecord record = exports.findByIdOptional(id).filter(e -> e.organisation.equals(tenancy.organisation()))
                .orElseThrow(() -> ProblemException.notFound("Export " + id));
        if (record.document == null) {
            throw new ProblemException(410, "export-not-kept", "Export not kept",
                    "This export was made before the catalog kept the exported catalogue; export again.");
        }
        try {
            return json.readValue(record.document, Catalogue.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored export " + id + " is unreadable", e);
        }
    }

    @Transactional
    public List<ExportSummary> history() {
        return exports.recent(tenancy.organisation(), 100).stream().map(e -> new ExportSummary(e.id, e.format,
                e.entries, e.refiling, e.exportedBy, e.exportedAt, e.filed, e.incomplete, e.defiling,
                e.document != null)).toList();
    }

    @Transactional
    public List<RefilingDue> refilingDue() {
        LocalDate today = LocalDate.ofInstant(AssetRepository.now(), config.export().zone());
        return assets.refilingDue(tenancy.organisation()).stream().map(a -> {
            Change change = filing.pendingChange(a);
            Filing kind = change == null ? Filing.REFILING_REQUIRED : change.filing();
            return new RefilingDue(a.id, a.name, a.level, a.filedLevel, a.status, kind, a.refilingReason,
                    a.refilingChangedAt, a.refilingDueOn, a.refilingDueOn.isBefore(today));
        }).toList();
    }

    /** Builds the row of a reviewed important/core asset, compares it with what was filed, and files it if complete. */
    private Entry fileEntry(Asset a, Instant now) {
        List<String> missing = FilingFields.missing(a);
        Filing kind;
        String reason = null;
        LocalDate due = a.refilingDueOn;
        if (!missing.isEmpty()) {
            kind = Filing.INCOMPLETE;
            reason = "not filed: missing filing fields " + String.join(", ", missing);
        } else if (a.filedFingerprint == null) {
            kind = Filing.NEW;
        } else {
            Change change = filing.pendingChange(a);
            kind = change == null ? Filing.UNCHANGED : change.filing();
            reason = change == null ? null : change.reason();
        }
        Entry entry = entry(a, a.level, kind, reason, missing, kind == Filing.REFILING_REQUIRED ? due : null);
        if (kind != Filing.INCOMPLETE) {
            filing.markFiled(a, now);
        }
        return entry;
    }

    private Entry defilingEntry(Asset a, Instant now) {
        Change change = filing.pendingChange(a);
        String reason = change == null ? "left the catalogue" : change.reason();
        Entry entry = entry(a, a.filedLevel != null ? a.filedLevel : a.level, Filing.DEFILING, reason, List.of(),
                a.refilingDueOn);
        filing.markDefiled(a, now);
        return entry;
    }

    private Entry entry(Asset a, Level level, Filing kind, String reason, List<String> missing, LocalDate due) {
        return new Entry(a.id, a.name, List.copyOf(a.categories), level, filing.source(a), a.volumeRecords,
                a.volumeBytes, a.distinctPersons, a.format, a.storageLocation, List.copyOf(a.storageRegions),
                a.purpose, List.copyOf(a.provinces), a.ownerDepartment, a.ownerContact, a.shared, a.sharingDetails,
                a.crossBorder, a.securityMeasures, kind, reason, level == null ? null : level.chineseName(), a.status,
                a.systemName, missing.isEmpty(), List.copyOf(missing), due);
    }

    private static int count(List<Entry> entries, Filing kind) {
        return (int) entries.stream().filter(e -> e.filing() == kind).count();
    }

    private String write(Catalogue catalogue) {
        try {
            return json.writeValueAsString(catalogue);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
