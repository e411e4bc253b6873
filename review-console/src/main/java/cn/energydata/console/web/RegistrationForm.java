package cn.energydata.console.web;

import cn.energydata.console.backend.BackendException;
import cn.energydata.console.backend.CatalogModels.AssetRequest;
import io.quarkus.qute.TemplateData;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The registration form as typed: its values (shown again after a refusal), the asset it already registered when
 * only the grading failed (so submitting again grades that asset instead of registering a duplicate), and the
 * problem of each field, keyed by the form field's name. A problem is a code the page words in the user's language
 * ({@code required}, {@code too-long}, {@code file-empty}, {@code file-unreadable}, {@code invalid}) and, for
 * {@code invalid}, the catalog's own message.
 */
@TemplateData
public record RegistrationForm(String name, String description, String type, String energyActivity,
                               String ownerDepartment, String ownerContact, String system, String provinces,
                               String purpose, String assetId, Map<String, FieldProblem> problems,
                               String gradingProblem) {

    /** The fields of the catalog's registration request in the order of the form, with its length limits. */
    static final Map<String, Integer> MAX_LENGTH = orderedLimits();
    static final List<String> REQUIRED = List.of("name", "type", "energyActivity", "ownerDepartment", "ownerContact");

    @TemplateData
    public record FieldProblem(String code, String message) {
    }

    static RegistrationForm empty() {
        return new RegistrationForm("", "", "FILE", "PRODUCTION", "", "", "", "", "", "", Map.of(), null);
    }

    /** Registered before, graded not yet: the form grades this asset when submitted again. */
    public boolean isRegistered() {
        return assetId != null && !assetId.isEmpty();
    }

    public boolean isInvalid() {
        return !problems.isEmpty();
    }

    public FieldProblem problem(String field) {
        return problems.get(field);
    }

    /** The fields with a problem, in the order of the form (for the summary at the top). */
    public List<String> problemFields() {
        return List.copyOf(problems.keySet());
    }

    AssetRequest toRequest() {
        return new AssetRequest(name, Forms.blankToNull(description), Forms.blankToNull(type), ownerDepartment,
                ownerContact, Forms.blankToNull(energyActivity), Forms.blankToNull(system), Forms.list(provinces),
                Forms.blankToNull(purpose));
    }

    /** What the console can tell before asking the catalog: required fields, lengths and an empty file. */
    RegistrationForm checked(boolean emptyFile) {
        Map<String, FieldProblem> found = new LinkedHashMap<>();
        Map<String, String> values = values();
        for (Map.Entry<String, Integer> field : MAX_LENGTH.entrySet()) {
            String value = values.get(field.getKey());
            if (REQUIRED.contains(field.getKey()) && (value == null || value.isBlank())) {
                found.put(field.getKey(), new FieldProblem("required", null));
            } else if (value != null && value.length() > field.getValue()) {
                found.put(field.getKey(), new FieldProblem("too-long", null));
            }
        }
        if (emptyFile) {
            found.put("file", new FieldProblem("file-empty", null));
        }
        return withProblems(found, gradingProblem);
    }

    /** The catalog's refusal of the registration, field by field ({@code provinces[1]} is the provinces input). */
    RegistrationForm refusedBy(BackendException refusal) {
        Map<String, FieldProblem> found = new LinkedHashMap<>();
        for (BackendException.FieldError error : refusal.errors()) {
            String field = error.field() == null ? "" : error.field().replaceAll("\\[\\d+]", "");
            if (!MAX_LENGTH.containsKey(field)) {
                continue;
            }
            String code = error.problemCode();
            found.putIfAbsent(field, new FieldProblem(code, code.equals("invalid") ? Forms.text(error.message()) : null));
        }
        return withProblems(found, null);
    }

    /** The asset is registered but its file was refused: the file field says why, the asset is kept. */
    RegistrationForm gradingFailed(String registeredId, BackendException refusal) {
        Map<String, FieldProblem> found = new LinkedHashMap<>();
        found.put("file", new FieldProblem("file-unreadable", refusal.detail() == null ? refusal.title()
                : refusal.detail()));
        return new RegistrationForm(name, description, type, energyActivity, ownerDepartment, ownerContact, system,
                provinces, purpose, registeredId, found, refusal.detail());
    }

    /** Registered, and the grading service could not be reached: submitting again retries the grading. */
    RegistrationForm gradingUnavailable(String registeredId, String service) {
        Map<String, FieldProblem> found = new LinkedHashMap<>();
        found.put("file", new FieldProblem("grading-unavailable", service));
        return new RegistrationForm(name, description, type, energyActivity, ownerDepartment, ownerContact, system,
                provinces, purpose, registeredId, found, null);
    }

    private RegistrationForm withProblems(Map<String, FieldProblem> found, String grading) {
        return new RegistrationForm(name, description, type, energyActivity, ownerDepartment, ownerContact, system,
                provinces, purpose, assetId, found, grading);
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

    private static Map<String, Integer> orderedLimits() {
        Map<String, Integer> limits = new LinkedHashMap<>();
        limits.put("name", 300);
        limits.put("description", 4000);
        limits.put("type", 40);
        limits.put("energyActivity", 60);
        limits.put("ownerDepartment", 200);
        limits.put("ownerContact", 200);
        limits.put("system", 200);
        limits.put("provinces", 2000);
        limits.put("purpose", 4000);
        return Collections.unmodifiableMap(limits);
    }
}
