package cn.energydata.catalog.service;

import cn.energydata.catalog.domain.Asset;
import cn.energydata.catalog.domain.GradingRevision;
import cn.energydata.catalog.domain.LineageLink;
import cn.energydata.catalog.domain.Timestamps;
import cn.energydata.catalog.repository.AssetRepository;
import cn.energydata.catalog.repository.AssetSearch;
import cn.energydata.catalog.repository.GradingRevisionRepository;
import cn.energydata.catalog.repository.LineageRepository;
import cn.energydata.catalog.repository.ReviewRepository;
import cn.energydata.common.problem.Problem;
import cn.energydata.common.problem.ProblemException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** Registration, update, retirement and reading of assets. */
@ApplicationScoped
public class AssetService {

    @Inject
    Tenancy tenancy;

    @Inject
    AssetRepository assets;

    @Inject
    GradingRevisionRepository gradings;

    @Inject
    ReviewRepository reviews;

    @Inject
    LineageRepository lineage;

    @Inject
    LineageService lineageService;

    @Inject
    AuditService audit;

    @Inject
    FilingService filing;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    /**
     * {@code total} is exact when {@code totalExact}; otherwise there are at least that many matches. {@code next}
     * (registration order only) is the {@code after} of the following page, null on the last page.
     */
    public record SearchPage(List<AssetView> items, int page, int size, long total, boolean totalExact,
                             String next) {
    }

    @Transactional
    public AssetView register(AssetRequest request) {
        return register(tenancy.organisation(), tenancy.username(), request);
    }

    /** Registers an asset for an organisation and actor given explicitly (bulk registration runs without a request). */
    @Transactional
    public AssetView register(String org, String actor, AssetRequest request) {
        Asset asset = Asset.register(org, actor, Timestamps.now(clock));
        apply(asset, request, actor);
        List<LineageLink> links = lineageLinks(asset, request);
        assets.persist(asset);
        lineage.persist(links);
        audit.record(org, asset.registeredBy, "REGISTERED", asset.id,
                AuditDetail.of("name", asset.name, "type", asset.assetType, "sources", links.size()));
        return AssetView.of(asset);
    }

    @Transactional
    public AssetView update(UUID id, AssetRequest request) {
        Asset asset = tenancy.assetForUpdate(id);
        requireActive(asset);
        Tenancy.checkVersion(asset, request.version());
        Set<String> changed = changedFields(asset, request);
        apply(asset, request, tenancy.username());
        lineage.replaceSources(asset.id, lineageLinks(asset, request));
        filing.noteChange(asset);
        assets.flush();
        audit.record(asset.organisation, asset.updatedBy, "UPDATED", asset.id, AuditDetail.of("fields", changed));
        return AssetView.of(asset);
    }

    /**
     * Sets the filing fields the request carries (absent ones stay as they are), for an asset graded important or
     * core after its registration. Audited like an update, with the names of the changed fields.
     */
    @Transactional
    public AssetView patchFiling(UUID id, FilingPatch patch) {
        Asset asset = tenancy.assetForUpdate(id);
        requireActive(asset);
        Tenancy.checkVersion(asset, patch.version());
        Set<String> changed = new java.util.TreeSet<>();
        // diff(changed, name, before, after = new value): Java evaluates the arguments in order, so "before" is the
        // old value and the assignment happens as the last argument.
        if (patch.system() != null) {
            diff(changed, "system", asset.systemName, asset.systemName = blankToNull(patch.system()));
        }
        if (patch.format() != null) {
            diff(changed, "format", asset.format, asset.format = blankToNull(patch.format()));
        }
        if (patch.storageLocation() != null) {
            diff(changed, "storageLocation", asset.storageLocation,
                    asset.storageLocation = blankToNull(patch.storageLocation()));
        }
        if (patch.storageRegions() != null) {
            diff(changed, "storageRegions", asset.storageRegions,
                    asset.storageRegions = AssetRepository.copy(patch.storageRegions()));
        }
        if (patch.provinces() != null) {
            diff(changed, "provinces", asset.provinces, asset.provinces = AssetRepository.copy(patch.provinces()));
        }
        if (patch.volume() != null) {
            AssetRequest.Volume v = patch.volume();
            if (v.bytes() != null) {
                diff(changed, "volume", asset.volumeBytes, asset.volumeBytes = v.bytes());
            }
            if (v.records() != null) {
                diff(changed, "volume", asset.volumeRecords, asset.volumeRecords = v.records());
            }
            if (v.distinctPersons() != null) {
                diff(changed, "volume", asset.distinctPersons, asset.distinctPersons = v.distinctPersons());
            }
        }
        if (patch.purpose() != null) {
            diff(changed, "purpose", asset.purpose, asset.purpose = blankToNull(patch.purpose()));
        }
        if (patch.shared() != null) {
            diff(changed, "shared", asset.shared, asset.shared = patch.shared());
        }
        if (patch.sharingDetails() != null) {
            diff(changed, "sharingDetails", asset.sharingDetails,
                    asset.sharingDetails = blankToNull(patch.sharingDetails()));
        }
        if (patch.crossBorder() != null) {
            diff(changed, "crossBorder", asset.crossBorder, asset.crossBorder = patch.crossBorder());
        }
        if (patch.securityMeasures() != null) {
            diff(changed, "securityMeasures", asset.securityMeasures,
                    asset.securityMeasures = blankToNull(patch.securityMeasures()));
        }
        if (changed.isEmpty()) {
            return AssetView.of(asset);
        }
        asset.touch(tenancy.username(), Timestamps.now(clock));
        filing.noteChange(asset);
        assets.flush();
        audit.record(asset.organisation, asset.updatedBy, "UPDATED", asset.id, AuditDetail.of("fields", changed));
        return AssetView.of(asset);
    }

    private static String blankToNull(String value) {
        return value.isBlank() ? null : value.trim();
    }

    @Transactional
    public AssetView retire(UUID id, String reason, Long version) {
        Asset asset = tenancy.assetForUpdate(id);
        requireActive(asset);
        Tenancy.checkVersion(asset, version);
        retire(asset, tenancy.username(), reason, null);
        return AssetView.of(asset);
    }

    /** Soft delete: the asset and its history stay for audit. */
    void retire(Asset asset, String actor, String reason, String erasureCertificate) {
        asset.retire(actor, reason, Timestamps.now(clock));
        filing.noteChange(asset);
        assets.flush();
        audit.record(asset.organisation, actor, "RETIRED", asset.id,
                AuditDetail.of("reason", reason, "erasureCertificate", erasureCertificate));
    }

    @Transactional
    public AssetDetail detail(UUID id) {
        Asset asset = tenancy.visibleAsset(id);
        List<AssetDetail.Grading> history = gradings.history(id).stream()
                .map(r -> AssetDetail.Grading.of(r, evidence(r.evidence))).toList();
        List<AssetDetail.ReviewView> reviewHistory = reviews.history(id).stream().map(AssetDetail.ReviewView::of)
                .toList();
        List<AssetDetail.Link> sources = lineage.sourcesOf(id).stream()
                .map(l -> link(l.sourceAssetId, l)).filter(Objects::nonNull).toList();
        List<AssetDetail.Link> derived = lineage.derivedFrom(id).stream()
                .map(l -> link(l.assetId, l)).filter(Objects::nonNull).toList();
        AssetDetail.ProposalDiff proposal = gradings.openProposal(id).map(p -> diff(asset, p)).orElse(null);
        return new AssetDetail(AssetView.of(asset), history, reviewHistory,
                new AssetDetail.LineageView(sources, derived, lineageService.floor(asset)), proposal,
                AssetDetail.ReviewView.of(reviews.awaitingSecondReview(id).orElse(null)));
    }

    /** The {@code after} of a search in registration order. */
    public static AssetRepository.After searchCursor(String after) {
        return after == null ? null : Cursors.registration(after);
    }

    @Transactional
    public SearchPage search(AssetSearch search) {
        AssetRepository.Page page = assets.search(search);
        String next = search.sort().equals("registeredAt") && page.items().size() == search.size()
                ? Cursors.registration(page.items().get(page.items().size() - 1)) : null;
        return new SearchPage(page.items().stream().map(AssetView::of).toList(), search.page(), search.size(),
                page.total(), page.totalExact(), next);
    }

    static AssetDetail.ProposalDiff diff(Asset asset, GradingRevision proposal) {
        List<String> added = new ArrayList<>(proposal.categories);
        added.removeAll(asset.categories);
        List<String> removed = new ArrayList<>(asset.categories);
        removed.removeAll(proposal.categories);
        return new AssetDetail.ProposalDiff(proposal.id, asset.level, proposal.level, added, removed,
                asset.rulePackVersion, proposal.rulePackVersion, proposal.trigger, proposal.gradedAt);
    }

    private AssetDetail.Link link(UUID otherId, LineageLink link) {
        Asset other = assets.findById(otherId);
        return other == null ? null : new AssetDetail.Link(other.id, other.name, other.level, link.method);
    }

    private JsonNode evidence(String text) {
        try {
            return text == null ? null : json.readTree(text);
        } catch (Exception e) {
            return null;
        }
    }

    private void apply(Asset asset, AssetRequest r, String actor) {
        asset.name = r.name();
        asset.description = r.description();
        asset.assetType = r.type();
        asset.ownerDepartment = r.ownerDepartment();
        asset.ownerContact = r.ownerContact();
        asset.energyActivity = r.energyActivity();
        asset.systemName = r.system();
        asset.storageLocation = r.storageLocation();
        asset.storageRegions = AssetRepository.copy(r.storageRegions());
        asset.format = r.format();
        asset.volumeBytes = r.volume() == null ? null : r.volume().bytes();
        asset.volumeRecords = r.volume() == null ? null : r.volume().records();
        asset.distinctPersons = r.volume() == null ? null : r.volume().distinctPersons();
        asset.provinces = AssetRepository.copy(r.provinces());
        asset.purpose = r.purpose();
        asset.shared = r.shared();
        asset.sharingDetails = r.sharingDetails();
        asset.crossBorder = r.crossBorder();
        asset.securityMeasures = r.securityMeasures();
        asset.touch(actor, Timestamps.now(clock));
    }

    /** Names (never values) of the descriptor fields an update changes, for the audit trail. */
    private static Set<String> changedFields(Asset a, AssetRequest r) {
        Set<String> changed = new java.util.TreeSet<>();
        diff(changed, "name", a.name, r.name());
        diff(changed, "description", a.description, r.description());
        diff(changed, "type", a.assetType, r.type());
        diff(changed, "ownerDepartment", a.ownerDepartment, r.ownerDepartment());
        diff(changed, "ownerContact", a.ownerContact, r.ownerContact());
        diff(changed, "energyActivity", a.energyActivity, r.energyActivity());
        diff(changed, "system", a.systemName, r.system());
        diff(changed, "storageLocation", a.storageLocation, r.storageLocation());
        diff(changed, "storageRegions", a.storageRegions, AssetRepository.copy(r.storageRegions()));
        diff(changed, "format", a.format, r.format());
        AssetRequest.Volume v = r.volume() == null ? new AssetRequest.Volume(null, null, null) : r.volume();
        diff(changed, "volume", List.of(String.valueOf(a.volumeBytes), String.valueOf(a.volumeRecords),
                String.valueOf(a.distinctPersons)), List.of(String.valueOf(v.bytes()), String.valueOf(v.records()),
                String.valueOf(v.distinctPersons())));
        diff(changed, "provinces", a.provinces, AssetRepository.copy(r.provinces()));
        diff(changed, "purpose", a.purpose, r.purpose());
        diff(changed, "shared", a.shared, r.shared());
        diff(changed, "sharingDetails", a.sharingDetails, r.sharingDetails());
        diff(changed, "crossBorder", a.crossBorder, r.crossBorder());
        diff(changed, "securityMeasures", a.securityMeasures, r.securityMeasures());
        return changed;
    }

    private static void diff(Set<String> changed, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(field);
        }
    }

    private List<LineageLink> lineageLinks(Asset asset, AssetRequest request) {
        List<LineageLink> links = new ArrayList<>();
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        List<AssetRequest.Source> sources = request.derivedFrom() == null ? List.of() : request.derivedFrom();
        for (int i = 0; i < sources.size(); i++) {
            AssetRequest.Source source = sources.get(i);
            boolean visible = assets.findInOrganisation(source.assetId(), asset.organisation).isPresent();
            if (!visible || source.assetId().equals(asset.id)) {
                errors.add(new Problem.FieldError("derivedFrom[" + i + "].assetId",
                        "no such asset in your organisation"));
            } else if (seen.add(source.assetId())) {
                LineageLink link = new LineageLink();
                link.assetId = asset.id;
                link.sourceAssetId = source.assetId();
                link.method = source.method();
                links.add(link);
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "validation", "Invalid request", "Invalid value for: derivedFrom", errors);
        }
        return links;
    }

    static void requireActive(Asset asset) {
        if (asset.isRetired()) {
            throw new ProblemException(409, "asset-retired", "Conflict", "The asset is retired.");
        }
    }
}
