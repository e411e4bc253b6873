package cn.energydata.catalog.service;

import cn.energydata.catalog.domain.AuditRecord;
import cn.energydata.catalog.repository.AssetRepository;
import cn.energydata.catalog.repository.AuditRepository;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The append-only audit trail: one SHA-256 hash chain per organisation. Each record's hash covers the previous
 * hash and all of its own fields, so changing, removing or reordering any row breaks verification.
 */
@ApplicationScoped
public class AuditService {

    static final String GENESIS = "0".repeat(64);

    @Inject
    AuditRepository audits;

    @Inject
    ObjectMapper json;

    public record Verification(String organisation, long records, boolean valid, Long brokenAtSeq, String problem) {
    }

    /** Appends a record in the caller's transaction. {@code detail} must never hold raw sensitive values. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String organisation, String actor, String action, UUID assetId, Map<String, ?> detail) {
        AuditRepository.Head head = audits.lockHead(organisation, GENESIS);
        AuditRecord record = new AuditRecord();
        record.organisation = organisation;
        record.seq = head.seq() + 1;
        record.at = AssetRepository.now();
        record.actor = actor;
        record.action = action;
        record.assetId = assetId;
        record.detail = toJson(detail);
        record.prevHash = head.hash();
        record.hash = hash(record);
        audits.persist(record);
        audits.moveHead(organisation, record.seq, record.hash);
    }

    @Transactional
    public Verification verify(String organisation) {
        long count = 0;
        long expectedSeq = 1;
        String prev = GENESIS;
        List<AuditRecord> chunk;
        do {
            chunk = audits.chunk(organisation, expectedSeq - 1, 1000);
            for (AuditRecord r : chunk) {
                if (r.seq != expectedSeq) {
                    return new Verification(organisation, count, false, expectedSeq, "record missing from the chain");
                }
                if (!r.prevHash.equals(prev)) {
                    return new Verification(organisation, count, false, r.seq, "link to the previous record broken");
                }
                if (!hash(r).equals(r.hash)) {
                    return new Verification(organisation, count, false, r.seq, "record content does not match its hash");
                }
                prev = r.hash;
                expectedSeq++;
                count++;
            }
            audits.getEntityManager().clear();
        } while (chunk.size() == 1000);
        AuditRepository.Head head = audits.head(organisation);
        if (head != null && (head.seq() != count || !head.hash().equals(prev))) {
            return new Verification(organisation, count, false, count + 1, "records after the last one were removed");
        }
        return new Verification(organisation, count, true, null, null);
    }

    static String hash(AuditRecord r) {
        String content = String.join("\n", r.prevHash, r.organisation, Long.toString(r.seq), r.at.toString(), r.actor,
                r.action, String.valueOf(r.assetId), r.detail);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String toJson(Map<String, ?> detail) {
        try {
            return json.writeValueAsString(detail == null ? Map.of() : detail);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit detail not serialisable", e);
        }
    }
}
