package cn.energydata.classifier.engine;

/** Scans one text part and adds what it finds. Built by a {@link RecognizerKind} for all rules of that kind. */
public interface Recognizer {

    void scan(TextPart part, Detections out);
}
