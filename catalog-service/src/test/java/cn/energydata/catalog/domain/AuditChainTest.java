package cn.energydata.catalog.domain;

import cn.energydata.common.hash.Sha256;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class AuditChainTest {

    private static final UUID ASSET = UUID.fromString("00000000-0000-0000-0000-000000000001");

    private static AuditRecord record(long seq, String prevHash) {
        AuditRecord r = new AuditRecord();
        r.organisation = "east-grid";
        r.seq = seq;
        r.at = Instant.parse("2026-11-29T10:00:00.123456Z").plusSeconds(seq);
        r.actor = "alice";
        r.action = "REGISTERED";
        r.assetId = ASSET;
        r.detail = "{\"name\":\"n" + seq + "\"}";
        r.prevHash = prevHash;
        r.hash = AuditChain.hash(r);
        return r;
    }

    private static List<AuditRecord> chain(int length) {
        List<AuditRecord> chain = new ArrayList<>();
        String prev = AuditChain.GENESIS;
        for (int seq = 1; seq <= length; seq++) {
            AuditRecord r = record(seq, prev);
            chain.add(r);
            prev = r.hash;
        }
        return chain;
    }

    private static AuditChain.Break walk(List<AuditRecord> chain, long headSeq, String headHash) {
        AuditChain.Walk walk = AuditChain.Walk.fromGenesis();
        for (AuditRecord r : chain) {
            AuditChain.Break broken = walk.next(r);
            if (broken != null) {
                return broken;
            }
        }
        return walk.end(headSeq, headHash);
    }

    @Test
    void theHashCoversThePreviousHashAndEveryFieldInAFixedLayout() {
        AuditRecord r = record(1, AuditChain.GENESIS);
        assertEquals(Sha256.hex(AuditChain.GENESIS + "\neast-grid\n1\n2026-11-29T10:00:01.123456Z\nalice\nREGISTERED\n"
                + ASSET + "\n{\"name\":\"n1\"}"), r.hash);
        List<Consumer<AuditRecord>> changes = List.of(x -> x.prevHash = "f".repeat(64), x -> x.organisation = "x",
                x -> x.seq = 2, x -> x.at = x.at.plusNanos(1000), x -> x.actor = "mallory", x -> x.action = "RETIRED",
                x -> x.assetId = null, x -> x.detail = "{}");
        for (Consumer<AuditRecord> change : changes) {
            AuditRecord changed = record(1, AuditChain.GENESIS);
            change.accept(changed);
            assertNotEquals(r.hash, AuditChain.hash(changed));
        }
    }

    @Test
    void anIntactChainVerifies() {
        List<AuditRecord> chain = chain(5);
        assertNull(walk(chain, 5, chain.get(4).hash));
    }

    @Test
    void aChangedRecordIsFound() {
        List<AuditRecord> chain = chain(5);
        chain.get(2).detail = "{\"name\":\"tampered\"}";
        assertEquals(new AuditChain.Break(3, "record content does not match its hash"),
                walk(chain, 5, chain.get(4).hash));
    }

    @Test
    void aRemovedRecordIsFound() {
        List<AuditRecord> chain = chain(5);
        chain.remove(1);
        assertEquals(new AuditChain.Break(2, "record missing from the chain"), walk(chain, 5, chain.get(3).hash));
    }

    @Test
    void aRecordRehashedAfterAChangeBreaksTheNextLink() {
        List<AuditRecord> chain = chain(5);
        chain.get(2).detail = "{}";
        chain.get(2).hash = AuditChain.hash(chain.get(2));
        assertEquals(new AuditChain.Break(4, "link to the previous record broken"), walk(chain, 5, chain.get(4).hash));
    }

    @Test
    void removedTrailingRecordsAreFoundAgainstTheHead() {
        List<AuditRecord> chain = chain(5);
        String head = chain.get(4).hash;
        assertEquals(new AuditChain.Break(4, "records after the last one were removed"),
                walk(chain.subList(0, 3), 5, head));
    }

    @Test
    void aWalkCanStartFromAVerifiedCheckpoint() {
        List<AuditRecord> chain = chain(6);
        AuditChain.Walk walk = new AuditChain.Walk(3, chain.get(2).hash);
        for (AuditRecord r : chain.subList(3, 6)) {
            assertNull(walk.next(r));
        }
        assertEquals(6, walk.seq());
        AuditChain.Walk wrongCheckpoint = new AuditChain.Walk(3, chain.get(1).hash);
        assertEquals(new AuditChain.Break(4, "link to the previous record broken"), wrongCheckpoint.next(chain.get(3)));
    }
}
