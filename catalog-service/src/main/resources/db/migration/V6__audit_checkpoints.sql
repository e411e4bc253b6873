-- Issue 20 item 3: incremental audit verification. A checkpoint is a position of an organisation's chain that a
-- verification found sound: its sequence number and that record's hash. The next verification starts there (after
-- checking that every checkpointed record still has its hash), so it reads only what is new; a full verification
-- (a background job) walks the chain from the start. No secret is involved: a rewrite of the chain behind a checkpoint
-- changes a checkpointed hash, and a change that keeps the hash is found by the full verification.
CREATE TABLE audit_checkpoints (
    organisation varchar(100) NOT NULL,
    seq          bigint       NOT NULL,
    hash         varchar(64)  NOT NULL,
    verified_at  timestamptz  NOT NULL,
    PRIMARY KEY (organisation, seq)
);
