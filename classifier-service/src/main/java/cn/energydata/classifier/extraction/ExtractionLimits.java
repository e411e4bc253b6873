package cn.energydata.classifier.extraction;

import java.time.Duration;

/**
 * Bounds on one extraction. {@code maxChars} is the write limit (partial text kept, status TRUNCATED);
 * a document whose embedded content inflates beyond {@code maxCompressionRatio} × its size (and beyond
 * {@code minInflatedBytes}) is a zip bomb.
 */
public record ExtractionLimits(int maxChars, int maxDepth, int maxEmbedded, long maxCompressionRatio,
                               long minInflatedBytes, Duration timeout, int maxConcurrent, Duration queueWait) {

    public static ExtractionLimits defaults() {
        return new ExtractionLimits(10_000_000, 10, 10_000, 100, 20_000_000, Duration.ofSeconds(60), 2,
                Duration.ofSeconds(10));
    }

    public ExtractionLimits withTimeout(Duration t) {
        return new ExtractionLimits(maxChars, maxDepth, maxEmbedded, maxCompressionRatio, minInflatedBytes, t,
                maxConcurrent, queueWait);
    }

    public ExtractionLimits withMaxChars(int chars) {
        return new ExtractionLimits(chars, maxDepth, maxEmbedded, maxCompressionRatio, minInflatedBytes, timeout,
                maxConcurrent, queueWait);
    }
}
