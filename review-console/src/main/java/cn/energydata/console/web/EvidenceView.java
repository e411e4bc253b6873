package cn.energydata.console.web;

import cn.energydata.console.backend.CatalogModels.AssetDetail;
import cn.energydata.console.backend.CatalogModels.Category;
import cn.energydata.console.backend.CatalogModels.Finding;
import cn.energydata.console.backend.CatalogModels.Grading;
import cn.energydata.console.backend.CatalogModels.ProposalDiff;
import cn.energydata.console.backend.Glossary;
import io.quarkus.qute.TemplateData;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The evidence as a reviewer reads it (issue 15 item 2): findings grouped by category, each category named and
 * defined from the classifier's glossary in the user's language, with how many times it was found; and, for an
 * open re-grading proposal, the findings behind each added category (in the proposal's evidence) and behind each
 * removed one (in the evidence of the grade in force).
 */
@TemplateData
public record EvidenceView(List<Group> groups, List<Change> changes, Map<String, String> names,
                           boolean glossaryMissing) {

    /** One category of the evidence; {@code id} is empty for findings without a category. */
    @TemplateData
    public record Group(String id, String name, String definition, String level, long count, List<Finding> findings) {
    }

    /** A category the proposal adds or removes, with the findings that make the difference. */
    @TemplateData
    public record Change(String kind, String id, String name, String definition, long count,
                         List<Finding> findings) {
    }

    static EvidenceView of(AssetDetail detail, Glossary glossary, boolean zh) {
        Grading current = detail.current();
        List<Group> groups = current == null || current.evidence() == null ? List.of()
                : groups(current, glossary, zh);
        List<Change> changes = changes(detail, current, glossary, zh);
        Map<String, String> names = new LinkedHashMap<>();
        List<String> ids = new ArrayList<>(detail.asset() == null ? List.of() : detail.asset().categoryList());
        ProposalDiff proposal = detail.openProposal();
        if (proposal != null) {
            ids.addAll(proposal.added());
            ids.addAll(proposal.removed());
        }
        ids.forEach(id -> names.put(id, glossary.name(id, zh)));
        boolean mentionsCategories = !ids.isEmpty() || groups.stream().anyMatch(g -> !g.id().isEmpty());
        return new EvidenceView(groups, changes, names, glossary.isEmpty() && mentionsCategories);
    }

    /** A category's name for the page (its id when the glossary does not know it). */
    public String name(String id) {
        return names.getOrDefault(id, id);
    }

    private static List<Group> groups(Grading grading, Glossary glossary, boolean zh) {
        Map<String, List<Finding>> byCategory = new LinkedHashMap<>();
        Map<String, Category> counted = new LinkedHashMap<>();
        for (Category c : grading.evidence().categoryList()) {
            if (c.id() != null) {
                counted.put(c.id(), c);
                byCategory.put(c.id(), new ArrayList<>());
            }
        }
        for (Finding f : grading.evidence().findingList()) {
            byCategory.computeIfAbsent(f.category() == null ? "" : f.category(), k -> new ArrayList<>()).add(f);
        }
        List<Group> groups = new ArrayList<>();
        byCategory.forEach((id, findings) -> {
            Category c = counted.get(id);
            long count = c != null && c.count() != null ? Math.max(c.count(), findings.size()) : findings.size();
            groups.add(new Group(id, id.isEmpty() ? "" : glossary.name(id, zh), glossary.definition(id, zh),
                    c == null ? null : c.level(), count, List.copyOf(findings)));
        });
        return groups;
    }

    private static List<Change> changes(AssetDetail detail, Grading current, Glossary glossary, boolean zh) {
        ProposalDiff proposal = detail.openProposal();
        if (proposal == null) {
            return List.of();
        }
        Grading proposed = detail.gradingList().stream()
                .filter(g -> Objects.equals(g.id(), proposal.revisionId())).findFirst().orElse(null);
        List<Change> changes = new ArrayList<>();
        proposal.added().forEach(id -> changes.add(change("ADDED", id, proposed, glossary, zh)));
        proposal.removed().forEach(id -> changes.add(change("REMOVED", id, current, glossary, zh)));
        return changes;
    }

    private static Change change(String kind, String id, Grading grading, Glossary glossary, boolean zh) {
        List<Finding> findings = grading == null || grading.evidence() == null ? List.of()
                : grading.evidence().findingList().stream().filter(f -> id.equals(f.category())).toList();
        long count = grading == null || grading.evidence() == null ? findings.size()
                : grading.evidence().categoryList().stream().filter(c -> id.equals(c.id()) && c.count() != null)
                .mapToLong(Category::count).findFirst().orElse(findings.size());
        return new Change(kind, id, glossary.name(id, zh), glossary.definition(id, zh), count, findings);
    }
}
