package cn.energydata.catalog.domain;

import cn.energydata.common.hash.Sha256;

/**
 * An organisation's audit hash chain: each record's hash covers the previous hash and all of its own fields, so
 * changing, removing or reordering any record breaks the chain. A {@link Walk} checks records one at a time, in
 * sequence order, from the start or from a verified checkpoint, so verification needs no more memory than one record.
 */
public final class AuditChain {

    /** The hash before the first record. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    public static String hash(AuditRecord r) {
        return Sha256.hex(String.join("\n", r.prevHash, r.organisation, Long.toString(r.seq), r.at.toString(), r.actor,
                r.action, String.valueOf(r.assetId), r.detail));
    }

    /** Where a chain breaks: the first sequence number that does not verify, and why. */
    public record Break(long seq, String problem) {
    }

    /** Checks a chain record by record, continuing after {@code seq} whose hash is {@code hash}. */
    public static final class Walk {

        private long seq;
        private String hash;

        public Walk(long seq, String hash) {
            this.seq = seq;
            this.hash = hash;
        }

        public static Walk fromGenesis() {
            return new Walk(0, GENESIS);
        }

        /** Continues after a verified checkpoint instead. */
        public void resumeAt(long checkpointSeq, String checkpointHash) {
            seq = checkpointSeq;
            hash = checkpointHash;
        }

        /** Checks the next record; null when it is sound (the walk moves on), otherwise where the chain breaks. */
        public Break next(AuditRecord r) {
            if (r.seq != seq + 1) {
                return new Break(seq + 1, "record missing from the chain");
            }
            if (!r.prevHash.equals(hash)) {
                return new Break(r.seq, "link to the previous record broken");
            }
            if (!AuditChain.hash(r).equals(r.hash)) {
                return new Break(r.seq, "record content does not match its hash");
            }
            seq = r.seq;
            hash = r.hash;
            return null;
        }

        /** Compares the end of the walk with the chain's head: records after the last one may have been removed. */
        public Break end(long headSeq, String headHash) {
            if (headSeq != seq || !headHash.equals(hash)) {
                return new Break(seq + 1, "records after the last one were removed");
            }
            return null;
        }

        public long seq() {
            return seq;
        }

        public String hash() {
            return hash;
        }
    }
}
