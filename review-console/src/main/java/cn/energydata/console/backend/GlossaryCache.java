package cn.energydata.console.backend;

import io.quarkus.cache.CacheKey;
import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The classifier's glossary, cached per rule-set hash (a rule set's text does not change under its hash). Rules are
 * the same for every organisation, so the cache is shared. A failed call throws and is not cached.
 */
@ApplicationScoped
public class GlossaryCache {

    @Inject
    @RestClient
    ClassifierApi api;

    @CacheResult(cacheName = "glossary")
    public Glossary forRuleSet(@CacheKey String ruleSetHash) {
        return Glossary.of(Backends.call(Backends.CLASSIFIER, api::rules));
    }
}
