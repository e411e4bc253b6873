package cn.energydata.console.web;

import cn.energydata.console.backend.BackendException;
import cn.energydata.console.backend.CatalogModels.Asset;
import cn.energydata.console.backend.CatalogModels.AssetUpdate;
import cn.energydata.console.backend.CatalogModels.LineageSource;
import cn.energydata.console.backend.CatalogModels.Link;
import cn.energydata.console.web.RegistrationForm.FieldProblem;
import io.quarkus.qute.TemplateData;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The edit form of an asset as shown or typed: the descriptor fields of the registration form, the current lineage
 * sources (each kept or ticked for removal) and the rows adding a source, by id or picked from a list. Problems are
 * keyed by the field's name, {@code source-<assetId>} for a current source and {@code add-<n>} for an added row.
 * The filing fields are not on this form: the catalog's {@code PUT} replaces the whole descriptor, so they are
 * sent as the asset has them now.
 */
@TemplateData
public record AssetEditForm(String name, String description, String type, String energyActivity,
                            String ownerDepartment, String ownerContact, String system, String provinces,
                            String purpose, List<Source> sources, List<Addition> additions,
                            Map<String, FieldProblem> problems) {

    /** How many rows to add a source the form offers. */
    static final int ADD_ROWS = 2;
    public static final List<String> METHODS = List.of("COPY", "EXTRACT", "DEIDENTIFIED", "STATISTICS", "FUSED");

    /** A current source of the lineage; {@code removed} when its box is ticked. */
    @TemplateData
    public record Source(String assetId, String name, String method, boolean removed) {
        public String key() {
            return "source-" + assetId;
        }
    }

    /** A row adding a source: the id typed wins over the asset picked from the list. */
    @TemplateData
    public record Addition(String assetId, String picked, String method) {
        public String chosenId() {
            return assetId.isBlank() ? picked : assetId;
        }

        boolean isEmpty() {
            return chosenId().isBlank();
        }
    }

    static AssetEditForm of(Asset a, List<Link> current) {
        List<Source> sources = current.stream()
                .map(l -> new Source(l.assetId(), l.name(), l.method(), false)).toList();
        List<Addition> blank = new ArrayList<>();
        for (int i = 0; i < ADD_ROWS; i++) {
            blank.add(new Addition("", "", ""));
        }
        return new AssetEditForm(text(a.name()), text(a.description()), text(a.type()), text(a.energyActivity()),
                text(a.ownerDepartment()), text(a.ownerContact()), text(a.system()),
                String.join(", ", a.provinceList()), text(a.purpose()), sources, blank, Map.of());
    }

    /** The current sources with the ones whose removal was ticked marked. */
    static List<Source> sources(List<Link> current, List<String> removed) {
        return current.stream().map(l -> new Source(l.assetId(), l.name(), l.method(), removed.contains(l.assetId())))
                .toList();
    }

    public FieldProblem problem(String key) {
        return problems.get(key);
    }

    public boolean isInvalid() {
        return !problems.isEmpty();
    }

    /** The keys with a problem, in the order of the form (for the summary at the top). */
    public List<String> problemKeys() {
        return List.copyOf(problems.keySet());
    }

    /** The id of the input a problem's link at the top points to. */
    public String anchor(String key) {
        if (key.startsWith("add-")) {
            return "ae-add-id-" + key.substring(4);
        }
        if (key.startsWith("source-")) {
            return "ae-remove-" + key.substring(7);
        }
        return "ae-" + key;
    }

    /** The name of the current source a {@code source-<id>} key stands for (the id when it has none). */
    public String sourceName(String key) {
        return sources.stream().filter(s -> s.key().equals(key)).map(s -> s.name() == null ? s.assetId() : s.name())
                .findFirst().orElse(key.substring(7));
    }

    /** The 1-based number of an {@code add-<n>} row. */
    public int rowNumber(String key) {
        return Integer.parseInt(key.substring(4)) + 1;
    }

    /** What the console can tell before the catalog: required fields, lengths, ids and methods of added rows. */
    AssetEditForm checked() {
        Map<String, FieldProblem> found = new LinkedHashMap<>();
        Map<String, String> values = values();
        for (Map.Entry<String, Integer> field : RegistrationForm.MAX_LENGTH.entrySet()) {
            String value = values.get(field.getKey());
            if (RegistrationForm.REQUIRED.contains(field.getKey()) && value.isBlank()) {
                found.put(field.getKey(), new FieldProblem("required", null));
            } else if (value.length() > field.getValue()) {
                found.put(field.getKey(), new FieldProblem("too-long", null));
            }
        }
        for (int i = 0; i < additions.size(); i++) {
            Addition row = additions.get(i);
            if (row.isEmpty()) {
                continue;
            }
            if (!isUuid(row.chosenId())) {
                found.put("add-" + i, new FieldProblem("not-an-id", null));
            } else if (!METHODS.contains(row.method())) {
                found.put("add-" + i, new FieldProblem("method-missing", null));
            }
        }
        return withProblems(found);
    }

    /** The request: the descriptor typed, the filing fields as the asset has them, the lineage as listed. */
    AssetUpdate toUpdate(Asset current, Long version) {
        List<LineageSource> lineage = new ArrayList<>();
        for (Source s : sources) {
            if (!s.removed()) {
                lineage.add(new LineageSource(s.assetId(), s.method()));
            }
        }
        for (Addition row : additions) {
            if (!row.isEmpty()) {
                lineage.add(new LineageSource(row.chosenId().toLowerCase(), row.method()));
            }
        }
        return new AssetUpdate(name, Forms.blankToNull(description), Forms.blankToNull(type), ownerDepartment,
                ownerContact, Forms.blankToNull(energyActivity), Forms.blankToNull(system), current.storageLocation(), current.storageRegionList(),
                current.format(), current.volume(), Forms.list(provinces), Forms.blankToNull(purpose),
                current.shared(), current.sharingDetails(), current.crossBorder(), current.securityMeasures(),
                lineage, version);
    }

    /**
     * The catalog's refusal field by field: {@code provinces[1]} is the provinces input, {@code derivedFrom[i]} the
     * i-th source sent (the kept current sources first, then the added rows, as {@link #toUpdate} sends them).
     */
    AssetEditForm refusedBy(BackendException refusal) {
        List<String> lineageKeys = new ArrayList<>();
        sources.stream().filter(s -> !s.removed()).forEach(s -> lineageKeys.add(s.key()));
        for (int i = 0; i < additions.size(); i++) {
            if (!additions.get(i).isEmpty()) {
                lineageKeys.add("add-" + i);
            }
        }
        Map<String, FieldProblem> found = new LinkedHashMap<>();
        for (BackendException.FieldError error : refusal.errors()) {
            String field = error.field() == null ? "" : error.field();
            String key = lineageKey(field, lineageKeys);
            if (key == null) {
                key = field.replaceAll("\\[\\d+]", "");
                if (!RegistrationForm.MAX_LENGTH.containsKey(key)) {
                    continue;
                }
            }
            String message = error.message() == null ? "" : error.message();
            String code = message.contains("no such asset") ? "no-such-asset" : error.problemCode();
            found.putIfAbsent(key, new FieldProblem(code, code.equals("invalid") ? message : null));
        }
        return withProblems(found);
    }

    private static String lineageKey(String field, List<String> lineageKeys) {
        var match = java.util.regex.Pattern.compile("^derivedFrom\\[(\\d+)]").matcher(field);
        if (!match.find()) {
            return null;
        }
        int index = Integer.parseInt(match.group(1));
        return index < lineageKeys.size() ? lineageKeys.get(index) : null;
    }

    private AssetEditForm withProblems(Map<String, FieldProblem> found) {
        return new AssetEditForm(name, description, type, energyActivity, ownerDepartment, ownerContact, system,
                provinces, purpose, sources, additions, found);
    }

    private Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", name);
        values.put("description", description);
        values.put("type", type);
        values.put("energyActivity", energyActivity);
        values.put("ownerDepartment", ownerDepartment);
        values.put("ownerContact", ownerContact);
        values.put("system", system);
        values.put("provinces", provinces);
        values.put("purpose", purpose);
        return values;
    }

    private static boolean isUuid(String value) {
        try {
            UUID.fromString(value);
            return value.length() == 36;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
