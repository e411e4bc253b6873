package cn.energydata.classifier.engine.rules;

import cn.energydata.classifier.engine.Detections;
import cn.energydata.classifier.engine.text.TextPart;
/** Scans one text part and adds what it finds. Built by a {@link RecognizerKind} for all rules of that kind. */
public interface Recognizer {

    void scan(TextPart part, Detections out);
}
