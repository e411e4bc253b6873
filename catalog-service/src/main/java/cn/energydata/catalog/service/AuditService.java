package cn.energydata.catalog.service;

import cn.energydata.catalog.config.CatalogConfig;
import cn.energydata.catalog.domain.AuditChain;
import cn.energydata.catalog.domain.AuditRecord;
import cn.energydata.catalog.domain.Timestamps;
import cn.energydata.catalog.repository.AuditRepository;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The append-only audit trail: one SHA-256 hash chain per organisation. Each record's hash covers the previous
 * hash and all of its own fields, so changing, removing or reordering any row breaks verification.
 */
@ApplicationScoped
public class AuditService {

    @Inject
    AuditRepository audits;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Inject
    CatalogConfig config;

    /** INCREMENTAL starts at the latest checkpoint; FULL walks the chain from its first record. */
    public enum Mode { INCREMENTAL, FULL }

    /**
     * {@code records}: the length of the chain verified (up to its head when the verification began);
     * {@code verifiedFrom}: the sequence number after which records were read and rehashed (0: from the start).
     */
    public record Verification(String organisation, long records, boolean valid, Long brokenAtSeq, String problem,
                               Mode mode, long verifiedFrom) {
    }

    /** Records between two stored checkpoints during a long walk, so an interrupted full verification is not lost. */
    static final long CHECKPOINT_EVERY = 100_000;

    /** Appends a record in the caller's transaction. {@code detail} must never hold raw sensitive values. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String organisation, String actor, String action, UUID assetId, Map<String, ?> detail) {
        AuditRepository.Head head = audits.lockHead(organisation, AuditChain.GENESIS);
        AuditRecord record = new AuditRecord();
        record.organisation = organisation;
        record.seq = head.seq() + 1;
        record.at = Timestamps.now(clock);
        record.actor = actor;
        record.action = action;
        record.assetId = assetId;
        record.detail = toJson(detail);
        record.prevHash = head.hash();
        record.hash = AuditChain.hash(record);
        audits.persist(record);
        audits.moveHead(organisation, record.seq, record.hash);
    }

    /**
     * Verifies the organisation's chain up to its current head, reading it page by page in short transactions, so
     * memory and transaction time stay bounded whatever the length. INCREMENTAL first checks that every checkpointed
     * record still has its hash and that the latest one still matches its content, then reads only what follows it.
     * A sound chain gets a checkpoint at its head.
     */
    public Verification verify(String organisation, Mode mode, JobService.Progress progress) {
        AuditRepository.Head head = QuarkusTransaction.requiringNew().call(() -> audits.head(organisation));
        long headSeq = head == null ? 0 : head.seq();
        progress.total(headSeq);
        AuditChain.Walk walk = AuditChain.Walk.fromGenesis();
        if (mode == Mode.INCREMENTAL) {
            AuditChain.Break anchorBroken = QuarkusTransaction.requiringNew().call(() -> {
                Long broken = audits.firstBrokenCheckpoint(organisation);
                if (broken != null) {
                    return new AuditChain.Break(broken, "a verified record was changed or removed since");
                }
                AuditRepository.Head checkpoint = audits.latestCheckpoint(organisation, headSeq);
                if (checkpoint == null) {
                    return null;
                }
                AuditRecord anchor = audits.chunk(organisation, checkpoint.seq() - 1, checkpoint.seq(), 1).get(0);
                if (!AuditChain.hash(anchor).equals(anchor.hash)) {
                    return new AuditChain.Break(anchor.seq, "record content does not match its hash");
                }
                walk.resumeAt(checkpoint.seq(), checkpoint.hash());
                return null;
            });
            if (anchorBroken != null) {
                return broken(organisation, walk, anchorBroken, mode, 0);
            }
        }
        long from = walk.seq();
        int pageSize = config.jobs().chunkSize();
        List<AuditRecord> page;
        do {
            long after = walk.seq();
            page = QuarkusTransaction.requiringNew().call(() -> audits.chunk(organisation, after, headSeq, pageSize));
            for (AuditRecord r : page) {
                AuditChain.Break broken = walk.next(r);
                if (broken != null) {
                    return broken(organisation, walk, broken, mode, from);
                }
                if (r.seq % CHECKPOINT_EVERY == 0) {
                    checkpoint(organisation, r.seq, r.hash);
                }
            }
            progress.processed(walk.seq());
        } while (page.size() == pageSize);
        AuditChain.Break end = head == null ? null : walk.end(head.seq(), head.hash());
        if (end != null) {
            return broken(organisation, walk, end, mode, from);
        }
        if (mode == Mode.FULL) {
            Long changed = QuarkusTransaction.requiringNew().call(() -> audits.firstBrokenCheckpoint(organisation));
            if (changed != null) {
                return broken(organisation, walk, new AuditChain.Break(changed,
                        "a checkpoint no longer matches the chain"), mode, from);
            }
        }
        if (walk.seq() > 0) {
            checkpoint(organisation, walk.seq(), walk.hash());
        }
        return new Verification(organisation, walk.seq(), true, null, null, mode, from);
    }

    private static Verification broken(String organisation, AuditChain.Walk walk, AuditChain.Break broken, Mode mode,
                                       long from) {
        return new Verification(organisation, walk.seq(), false, broken.seq(), broken.problem(), mode, from);
    }

    private void checkpoint(String organisation, long seq, String hash) {
        QuarkusTransaction.requiringNew().run(() -> audits.saveCheckpoint(organisation, seq, hash,
                Timestamps.now(clock)));
    }

    private String toJson(Map<String, ?> detail) {
        try {
            return json.writeValueAsString(detail == null ? Map.of() : detail);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit detail not serialisable", e);
        }
    }
}
