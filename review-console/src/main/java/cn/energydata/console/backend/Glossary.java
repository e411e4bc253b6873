package cn.energydata.console.backend;

import cn.energydata.console.backend.ClassifierModels.CategoryTerm;
import cn.energydata.console.backend.ClassifierModels.Rules;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Category names and definitions of one rule set, by category id, in English and Chinese. A category the glossary
 * does not know (or an empty glossary, when the classifier could not be asked) is named by its id.
 */
public record Glossary(String hash, Map<String, CategoryTerm> terms) {

    public static final Glossary EMPTY = new Glossary(null, Map.of());

    static Glossary of(Rules rules) {
        Map<String, CategoryTerm> terms = new LinkedHashMap<>();
        if (rules != null && rules.categories() != null) {
            rules.categories().stream().filter(c -> c.id() != null).forEach(c -> terms.put(c.id(), c));
        }
        return new Glossary(rules == null ? null : rules.hash(), Map.copyOf(terms));
    }

    public boolean isEmpty() {
        return terms.isEmpty();
    }

    /** The category's name in the language asked for, else in the other one, else its id. */
    public String name(String id, boolean zh) {
        CategoryTerm t = id == null ? null : terms.get(id);
        if (t == null) {
            return id == null ? "" : id;
        }
        return first(zh ? t.nameZh() : t.name(), zh ? t.name() : t.nameZh(), id);
    }

    /** The category's definition in the language asked for (the other one if only that exists), or null. */
    public String definition(String id, boolean zh) {
        CategoryTerm t = id == null ? null : terms.get(id);
        return t == null ? null : first(zh ? t.definitionZh() : t.definition(), zh ? t.definition() : t.definitionZh(),
                null);
    }

    private static String first(String a, String b, String fallback) {
        if (a != null && !a.isBlank()) {
            return a;
        }
        return b != null && !b.isBlank() ? b : fallback;
    }
}
