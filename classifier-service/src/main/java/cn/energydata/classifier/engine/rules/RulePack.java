package cn.energydata.classifier.engine.rules;

import cn.energydata.classifier.engine.text.CandidateWindows;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;
import java.util.Map;

/** One YAML rule pack as written by a rule author: categories it defines and rules that detect them. */
@JsonIgnoreProperties(ignoreUnknown = false)
public record RulePack(String id, String version, String name, String source, List<CategoryDef> categories,
                       List<RuleDef> rules) {

    public List<CategoryDef> categories() {
        return categories == null ? List.of() : categories;
    }

    public List<RuleDef> rules() {
        return rules == null ? List.of() : rules;
    }

    /**
     * A category of data. {@code impact} names an impact object and degree of the grading table; {@code flags}
     * are raised whenever the category is found (OUT_OF_SCOPE, POSSIBLE_STATE_SECRET, PRODUCTION_CONTROL_ZONE);
     * {@code requiresPerson}: see {@link #onlyNextToAPerson()}; {@code source} (required): the instrument and
     * article that make the data what the category says, or {@code [default]} with the reason; {@code nameZh},
     * {@code definition}, {@code definitionZh}: the glossary text for data owners (optional: an operator's pack
     * loads without them).
     */
    public record CategoryDef(String id, String name, String group, Boolean sensitive, Boolean identifiesPerson,
                              Impact impact, Integer subLevel, List<String> flags, String rationale,
                              Integer minFindings, Boolean requiresPerson, String source, String nameZh,
                              String definition, String definitionZh) {
        public boolean isSensitive() {
            return Boolean.TRUE.equals(sensitive);
        }

        public boolean isPersonIdentifier() {
            return Boolean.TRUE.equals(identifiesPerson);
        }

        public List<String> flagList() {
            return flags == null ? List.of() : flags;
        }

        /**
         * Findings of this category count only next to a person (same table row, else same part): coordinates are a
         * person's whereabouts beside a name or an ID, and an asset's position elsewhere.
         */
        public boolean onlyNextToAPerson() {
            return Boolean.TRUE.equals(requiresPerson);
        }

        public int minimumFindings() {
            return minFindings == null ? 1 : minFindings;
        }
    }

    public record Impact(String object, String degree) {
    }

    /**
     * One detector. Which fields apply depends on {@code kind}: regex (pattern, group, validator), dictionary
     * (keywords), column (keywords matched against table headers), format (allOf / anyOf patterns on the raw head).
     * {@code prefilter} lets a regex rule run only in the windows where it can match (see {@link Prefilter});
     * {@code fileName} (format rules) a pattern the document's or embedded file's name must match as well;
     * {@code terms} (dictionary rules) canonical value → its spellings, so that 江苏, 江苏省 and 江苏电网 count as one;
     * {@code requires: digits} is short for {@code prefilter: { trigger: '[0-9]', margin: 48 }};
     * {@code source} (required): the instrument and article the rule applies, or {@code [default]} with the reason.
     */
    public record RuleDef(String id, String version, String kind, String category, String description,
                          String source, String pattern, Integer group, String validator, List<String> keywords,
                          List<String> allOf, List<String> anyOf, Double score, Double minScore,
                          Context context, Map<String, Object> params, String requires,
                          Prefilter prefilter, String fileName, Map<String, List<String>> terms) {

        public double baseScore() {
            return score == null ? 0.6 : score;
        }

        public double minimumScore() {
            return minScore == null ? 0.5 : minScore;
        }

        /** The keywords, and the spellings of {@code terms}. */
        public List<String> keywordList() {
            List<String> all = new java.util.ArrayList<>(keywords == null ? List.of() : keywords);
            if (terms != null) {
                terms.values().forEach(all::addAll);
            }
            return all;
        }

        public Map<String, List<String>> termMap() {
            return terms == null ? Map.of() : terms;
        }

        /** The declared pre-filter, the one {@code requires: digits} stands for, or null (scan the whole text). */
        public Prefilter effectivePrefilter() {
            if (prefilter != null) {
                return prefilter;
            }
            return "digits".equals(requires) ? Prefilter.DIGITS : null;
        }
    }

    /**
     * Format rules: the signature is only tried when one of {@code anyText} occurs in the scanned text.
     * Regex rules: where a regex rule can match, for speed: every match lies inside a run of {@code span} characters (one-character
     * regexes such as {@code '[0-9Xx]'}; default: the trigger class) that holds a {@code trigger} character and is at
     * least {@code minLength} long, or within {@code margin} characters of such runs (default 0). The rule author
     * guarantees this; the engine then runs the regex only in those windows ({@link CandidateWindows}).
     */
    public record Prefilter(String trigger, String span, Integer minLength, Integer maxLength, Integer margin,
                            List<String> anyText, Boolean ignoreCase) {
        static final Prefilter DIGITS = new Prefilter("[0-9]", null, null, null, 48, null, null);

        /** Format rules: texts of which at least one occurs wherever the signature matches ({@code ignoreCase}: ASCII). */
        public List<String> anyTextList() {
            return anyText == null ? List.of() : anyText;
        }

        public boolean ignoresCase() {
            return Boolean.TRUE.equals(ignoreCase);
        }

        public int minimumLength() {
            return minLength == null ? 1 : minLength;
        }

        public int maximumLength() {
            return maxLength == null ? Integer.MAX_VALUE : maxLength;
        }

        public int marginChars() {
            return margin == null ? 0 : margin;
        }
    }

    /** Words near a match that raise (positive) or lower (negative) its score. */
    public record Context(List<String> positive, List<String> negative, Integer window, Double boost,
                          Double penalty) {
        public List<String> positiveWords() {
            return positive == null ? List.of() : positive;
        }

        public List<String> negativeWords() {
            return negative == null ? List.of() : negative;
        }

        public int windowChars() {
            return window == null ? 24 : window;
        }

        public double boostBy() {
            return boost == null ? 0.35 : boost;
        }

        public double penaltyBy() {
            return penalty == null ? 0.5 : penalty;
        }
    }
}
