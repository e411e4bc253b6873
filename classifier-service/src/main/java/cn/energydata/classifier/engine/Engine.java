package cn.energydata.classifier.engine;

import cn.energydata.classifier.engine.grading.Grader;
import cn.energydata.classifier.engine.rules.Recognizer;
import cn.energydata.classifier.engine.rules.RuleSet;
import cn.energydata.classifier.engine.text.Languages;
import cn.energydata.classifier.engine.text.TextPart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Detection (all recognizers over all parts), column profiling, then grading. Thread-safe. */
public final class Engine {

    /** The path of the part a descriptor becomes. */
    public static final String DESCRIPTOR_PATH = "descriptor";

    private final RuleSet rules;
    private final Grader grader;

    public Engine(RuleSet rules) {
        this.rules = rules;
        this.grader = new Grader(rules);
    }

    public RuleSet rules() {
        return rules;
    }

    public Detections detect(List<TextPart> parts, LocalDate today) {
        Detections out = new Detections(today, rules);
        for (TextPart part : parts) {
            for (Recognizer r : rules.recognizers()) {
                r.scan(part, out);
            }
            out.endPart();
        }
        out.profileColumnsByValues();
        return out;
    }

    public EngineResult classify(List<TextPart> parts, Descriptor descriptor, LocalDate today,
                                 Extraction extraction) {
        List<TextPart> all = withDescriptor(parts, descriptor);
        return grade(all, detect(all, today), descriptor, extraction);
    }

    /** The parts plus the descriptor as a table part (path {@value #DESCRIPTOR_PATH}). */
    public static List<TextPart> withDescriptor(List<TextPart> parts, Descriptor descriptor) {
        List<TextPart> all = new ArrayList<>(parts);
        if (descriptor != null) {
            all.add(new TextPart(DESCRIPTOR_PATH, "text/tab-separated-values", descriptor.asTable(), null));
        }
        return all;
    }

    public EngineResult grade(List<TextPart> parts, Detections detections, Descriptor descriptor,
                              Extraction extraction) {
        return grader.grade(detections, descriptor, extraction, Languages.of(parts));
    }
}
