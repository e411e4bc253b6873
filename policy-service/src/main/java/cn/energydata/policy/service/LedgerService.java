package cn.energydata.policy.service;

import cn.energydata.common.hash.Sha256;
import cn.energydata.policy.config.PolicyConfig;
import cn.energydata.policy.domain.LedgerEntry;
import cn.energydata.policy.repository.LedgerRepository;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Function;

/**
 * The cross-border ledger: per organisation and calendar year, the persons (and sensitive persons) whose personal
 * information was permitted abroad. Append-only, one SHA-256 hash chain per organisation built as catalog-service's
 * audit chain: each entry's hash covers the previous hash and all of its own fields, so changing, removing or
 * reordering any row breaks verification. Decisions that may add to it run under the organisation's ledger lock,
 * so two concurrent exports cannot both pass a threshold that together they cross.
 */
@ApplicationScoped
public class LedgerService {

    static final String GENESIS = "0".repeat(64);

    @Inject
    LedgerRepository ledger;

    @Inject
    PolicyConfig config;

    @Inject
    Clock clock;

    /** This year's figures of an organisation, before the request being decided. */
    public record Totals(int year, long entries, long persons, long sensitivePersons) {
    }

    public record Verification(String organisation, long records, boolean valid, Long brokenAtSeq, String problem) {
    }

    /** What a PERMIT sends abroad; {@link #append} adds the chain fields. */
    public record Export(java.util.UUID decisionId, String assetId, String assetName, String action, String country,
                         String requester, long persons, long sensitivePersons, java.util.UUID approvalId,
                         String exemptionType) {
    }

    public int yearOf(Instant at) {
        return at.atZone(config.ledger().zone()).getYear();
    }

    public int currentYear() {
        return yearOf(clock.instant());
    }

    /**
     * Runs {@code work} in one transaction that holds the organisation's ledger lock until it commits, with the
     * totals of the year of {@code at}; {@link #append} inside {@code work} joins it.
     */
    @Transactional
    public <T> T locked(String organisation, Instant at, Function<Totals, T> work) {
        ledger.lockHead(organisation, GENESIS);
        int year = yearOf(at);
        LedgerRepository.Totals t = ledger.totals(organisation, year);
        return work.apply(new Totals(year, t.entries(), t.persons(), t.sensitivePersons()));
    }

    /** Appends an entry in the caller's transaction (which holds the lock, see {@link #locked}). */
    @Transactional(Transactional.TxType.MANDATORY)
    public LedgerEntry append(String organisation, Instant at, Export export) {
        LedgerRepository.Head head = ledger.lockHead(organisation, GENESIS);
        LedgerEntry e = new LedgerEntry();
        e.organisation = organisation;
        e.seq = head.seq() + 1;
        // PostgreSQL keeps microseconds: hashing a value the database would round breaks the chain.
        e.at = at.truncatedTo(ChronoUnit.MICROS);
        e.year = yearOf(e.at);
        e.decisionId = export.decisionId();
        e.assetId = export.assetId();
        e.assetName = export.assetName();
        e.action = export.action();
        e.country = export.country();
        e.requester = export.requester();
        e.persons = export.persons();
        e.sensitivePersons = export.sensitivePersons();
        e.approvalId = export.approvalId();
        e.exemptionType = export.exemptionType();
        e.prevHash = head.hash();
        e.hash = hash(e);
        ledger.persist(e);
        ledger.moveHead(organisation, e.seq, e.hash);
        return e;
    }

    @Transactional
    public LedgerView year(String organisation, int year, int page, int size) {
        LedgerRepository.Totals t = ledger.totals(organisation, year);
        List<LedgerView.Entry> items = ledger.ofYear(organisation, year).page(Page.of(page, size)).list().stream()
                .map(LedgerService::view).toList();
        return new LedgerView(organisation, year, t.persons(), t.sensitivePersons(), page, size, t.entries(), items);
    }

    @Transactional
    public Verification verify(String organisation) {
        long count = 0;
        long expectedSeq = 1;
        String prev = GENESIS;
        List<LedgerEntry> chunk;
        do {
            chunk = ledger.chunk(organisation, expectedSeq - 1, 1000);
            for (LedgerEntry e : chunk) {
                if (e.seq != expectedSeq) {
                    return new Verification(organisation, count, false, expectedSeq, "entry missing from the chain");
                }
                if (!e.prevHash.equals(prev)) {
                    return new Verification(organisation, count, false, e.seq, "link to the previous entry broken");
                }
                if (!hash(e).equals(e.hash)) {
                    return new Verification(organisation, count, false, e.seq, "entry content does not match its hash");
                }
                prev = e.hash;
                expectedSeq++;
                count++;
            }
            ledger.getEntityManager().clear();
        } while (chunk.size() == 1000);
        LedgerRepository.Head head = ledger.head(organisation);
        if (head != null && (head.seq() != count || !head.hash().equals(prev))) {
            return new Verification(organisation, count, false, count + 1, "entries after the last one were removed");
        }
        return new Verification(organisation, count, true, null, null);
    }

    /** The asset's name is a label for people, not part of the chain: the asset id is. */
    static String hash(LedgerEntry e) {
        String content = String.join("\n", e.prevHash, e.organisation, Long.toString(e.seq), e.at.toString(),
                Integer.toString(e.year), String.valueOf(e.decisionId), e.assetId, e.action, String.valueOf(e.country),
                e.requester, Long.toString(e.persons), Long.toString(e.sensitivePersons), String.valueOf(e.approvalId),
                String.valueOf(e.exemptionType));
        return Sha256.hex(content);
    }

    static LedgerView.Entry view(LedgerEntry e) {
        return new LedgerView.Entry(e.seq, e.at, e.decisionId, e.assetId, e.assetName, e.action, e.country, e.requester, e.persons,
                e.sensitivePersons, e.approvalId, e.exemptionType, e.hash);
    }
}
