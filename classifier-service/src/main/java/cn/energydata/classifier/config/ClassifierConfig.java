package cn.energydata.classifier.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** classifier.* properties; see the module README for each. */
@ConfigMapping(prefix = "classifier")
public interface ClassifierConfig {

    Rules rules();

    Extraction extraction();

    interface Rules {
        /** A directory of operator rule packs (*.yaml, *.yml), loaded after the built-in packs. */
        Optional<Path> directory();

        /** A grading file replacing the built-in rules/grading.yaml. */
        Optional<Path> gradingFile();

        /** Time zone for "age at classification time" (minors, children). */
        @WithDefault("Asia/Shanghai")
        String zone();
    }

    interface Extraction {
        /** Write limit: characters kept across a document and its embedded documents; beyond → TRUNCATED. */
        @WithDefault("10000000")
        int maxChars();

        @WithDefault("10")
        int maxDepth();

        @WithDefault("10000")
        int maxEmbedded();

        @WithDefault("100")
        long maxCompressionRatio();

        /** Inflated bytes below which the compression ratio is not checked. */
        @WithDefault("20000000")
        long minInflatedBytes();

        @WithDefault("60s")
        Duration timeout();

        /**
         * Classifications (extraction, detection and grading) running at once; further requests wait up to
         * queue-wait, then get 503.
         */
        @WithDefault("2")
        int maxConcurrent();

        /** Requests that may wait for a slot; beyond them a request gets 503 at once. */
        @WithDefault("4")
        int maxQueued();

        @WithDefault("10s")
        Duration queueWait();
    }
}
