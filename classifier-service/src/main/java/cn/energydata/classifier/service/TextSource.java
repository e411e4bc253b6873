package cn.energydata.classifier.service;

import cn.energydata.classifier.engine.Descriptor;

import java.io.IOException;

/**
 * Text and/or a descriptor to classify, read only once a classification slot is held, so that requests waiting for
 * a slot (or refused with 503) hold no request body in memory (issue 14 target 3).
 */
@FunctionalInterface
public interface TextSource {

    Content read() throws IOException;

    /** What was read: {@code text}, {@code descriptor} or both (either may be null). */
    record Content(String text, Descriptor descriptor) {
    }
}
