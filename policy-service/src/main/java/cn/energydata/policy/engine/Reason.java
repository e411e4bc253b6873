package cn.energydata.policy.engine;

import java.util.List;

/**
 * One sentence that explains a decision, in English ({@code en}) and Chinese ({@code zh}). {@code zh} is null only
 * for an operator's policy that gives no {@code reasonZh}: the console then shows the English text.
 */
public record Reason(String en, String zh) {

    public static List<String> english(List<Reason> reasons) {
        return reasons.stream().map(Reason::en).toList();
    }

    /**
     * The Chinese sentences, in the same order and number as {@link #english}; null where an operator's policy gives
     * none (the console then shows the English sentence of the same position).
     */
    public static List<String> chinese(List<Reason> reasons) {
        return reasons.stream().map(Reason::zh).toList();
    }
}
