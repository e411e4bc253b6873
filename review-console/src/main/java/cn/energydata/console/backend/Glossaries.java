package cn.energydata.console.backend;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * The glossary a page needs, never failing it: when the classifier cannot be asked (down, or a refusal), the page
 * names categories by their ids and says so.
 */
@ApplicationScoped
public class Glossaries {

    private static final Logger LOG = Logger.getLogger(Glossaries.class);

    @Inject
    GlossaryCache cache;

    /** The glossary of the rule set a grading was made with ({@code rulePackHash}; null: the current one). */
    public Glossary forRuleSet(String ruleSetHash) {
        try {
            return cache.forRuleSet(ruleSetHash == null || ruleSetHash.isBlank() ? "current" : ruleSetHash);
        } catch (BackendException | BackendUnavailableException e) {
            LOG.debugf("no glossary: %s", e.getMessage());
            return Glossary.EMPTY;
        }
    }
}
