package cn.energydata.console.web;

import cn.energydata.console.backend.Glossary;
import io.quarkus.qute.TemplateData;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The categories a reviewer may pick when overriding a grade (issue 15 item 5): every category of the classifier's
 * glossary by name, the asset's current ones ticked; a current category the glossary no longer has stays offered
 * (ticked, marked). An empty glossary (classifier unreachable) leaves the free text input.
 */
@TemplateData
public record CategoryChoices(boolean fromGlossary, List<Choice> choices) {

    @TemplateData
    public record Choice(String id, String name, boolean checked, boolean inGlossary) {
    }

    static CategoryChoices of(Glossary glossary, List<String> current, boolean zh) {
        if (glossary.isEmpty()) {
            return new CategoryChoices(false, List.of());
        }
        Set<String> ticked = new LinkedHashSet<>(current == null ? List.of() : current);
        List<Choice> choices = new ArrayList<>();
        glossary.terms().keySet().forEach(id -> choices.add(new Choice(id, glossary.name(id, zh), ticked.contains(id),
                true)));
        choices.sort(Comparator.comparing(Choice::name).thenComparing(Choice::id));
        ticked.stream().filter(id -> !glossary.terms().containsKey(id))
                .forEach(id -> choices.add(0, new Choice(id, id, true, false)));
        return new CategoryChoices(true, choices);
    }
}
