-- Issue 20: exports streamed from the database instead of built in memory, and long work run as jobs.

-- The entries of an export, one row each, written while the export is built (in short transactions) and read back in
-- order to write the file in any format. With each entry: what filing it means for the asset (FILED, DEFILED or
-- nothing for an incomplete entry), and the asset version it was read at. The assets are marked filed only when the
-- export is recorded, and only those unchanged since they were read. Rows of an export that was never recorded
-- (failed or refused) are deleted.
CREATE TABLE export_entries (
    export_id     uuid        NOT NULL,
    n             integer     NOT NULL,
    entry         text        NOT NULL,
    asset_id      uuid        NOT NULL,
    asset_version bigint      NOT NULL,
    filing_mark   varchar(10),
    fingerprint   varchar(64),
    scale         bigint,
    persons       bigint,
    level         varchar(20),
    PRIMARY KEY (export_id, n)
);
-- Exports from now on keep their entries in export_entries; `document` then holds the header and counts only.
ALTER TABLE exports ADD COLUMN entries_kept boolean NOT NULL DEFAULT false;

-- The filed catalogue, read in keyset order.
CREATE INDEX assets_catalogue ON assets (organisation, registered_at, id)
    WHERE status IN ('CONFIRMED', 'OVERRIDDEN') AND level IN ('IMPORTANT', 'CORE');

-- Background jobs of an organisation (exports, audit verification, bulk registration) with their progress.
CREATE TABLE jobs (
    id           uuid         PRIMARY KEY,
    organisation varchar(100) NOT NULL,
    kind         varchar(40)  NOT NULL,
    status       varchar(20)  NOT NULL,
    processed    bigint       NOT NULL DEFAULT 0,
    total        bigint,
    result       text,
    error        text,
    created_by   varchar(100) NOT NULL,
    created_at   timestamptz  NOT NULL,
    updated_at   timestamptz  NOT NULL,
    finished_at  timestamptz
);
CREATE INDEX jobs_org ON jobs (organisation, created_at DESC);
