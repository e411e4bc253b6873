package cn.energydata.classifier.config;

import cn.energydata.classifier.engine.Engine;
import cn.energydata.classifier.engine.rules.RuleSet;
import cn.energydata.classifier.engine.rules.RuleSources;
import cn.energydata.classifier.extraction.BoundedExtractor;
import cn.energydata.classifier.extraction.ExtractionLimits;
import cn.energydata.classifier.extraction.Extractor;
import cn.energydata.classifier.service.Capacity;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

/** Builds the engine, the extractor and the capacity once, at start-up: an invalid rule pack stops the service. */
public class RuleSetProducer {

    private static final Logger LOG = Logger.getLogger(RuleSetProducer.class);

    @Produces
    @Singleton
    @Startup
    Engine engine(ClassifierConfig config) {
        RuleSet rules = RuleSources.load(config.rules().directory(), config.rules().gradingFile());
        LOG.infof("Loaded rule set %s (%s): %s", rules.version(), rules.hash(),
                rules.packs().stream().map(p -> p.id() + "@" + p.version()).toList());
        return new Engine(rules);
    }

    @Produces
    @Singleton
    BoundedExtractor extractor(ClassifierConfig config) {
        ClassifierConfig.Extraction e = config.extraction();
        return new BoundedExtractor(new Extractor(new ExtractionLimits(e.maxChars(), e.maxDepth(), e.maxEmbedded(),
                e.maxCompressionRatio(), e.minInflatedBytes(), e.timeout(), e.maxConcurrent(), e.queueWait())));
    }

    @Produces
    @Singleton
    Capacity capacity(ClassifierConfig config) {
        ClassifierConfig.Extraction e = config.extraction();
        return new Capacity(e.maxConcurrent(), e.maxQueued(), e.queueWait());
    }

    void close(@Disposes BoundedExtractor extractor) {
        extractor.close();
    }
}
