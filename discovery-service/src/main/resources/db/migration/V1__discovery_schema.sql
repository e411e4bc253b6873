-- Data sources of an organisation. The connection settings are kept as JSON (never credentials): the stored
-- credentials are AES-GCM ciphertext; a referenced Secret is named only.
CREATE TABLE sources (
    id                  uuid PRIMARY KEY,
    organisation        text        NOT NULL,
    name                text        NOT NULL,
    kind                text        NOT NULL,
    spec                jsonb       NOT NULL,
    credentials_mode    text        NOT NULL,
    credentials_cipher  bytea,
    credentials_ref     text,
    registered_by       text        NOT NULL,
    created_at          timestamptz NOT NULL,
    updated_at          timestamptz NOT NULL,
    UNIQUE (organisation, name)
);

CREATE TABLE scans (
    id              uuid PRIMARY KEY,
    source_id       uuid        NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    organisation    text        NOT NULL,
    state           text        NOT NULL,
    mode            text        NOT NULL,
    trigger         text        NOT NULL,
    requested_by    text        NOT NULL,
    created_at      timestamptz NOT NULL,
    started_at      timestamptz,
    finished_at     timestamptz,
    error_type      text,
    error_detail    text
);
CREATE INDEX scans_source ON scans (source_id, created_at DESC);
-- At most one scan in progress per source.
CREATE UNIQUE INDEX scans_one_active ON scans (source_id)
    WHERE state IN ('QUEUED', 'WAITING_FOR_WINDOW', 'RUNNING');

-- Work of a scan: one LIST task (the source's listing), then one task per table, object or file.
CREATE TABLE scan_tasks (
    id           bigserial PRIMARY KEY,
    scan_id      uuid        NOT NULL REFERENCES scans (id) ON DELETE CASCADE,
    kind         text        NOT NULL,
    item_key     text        NOT NULL,
    payload      jsonb       NOT NULL DEFAULT '{}',
    state        text        NOT NULL DEFAULT 'PENDING',
    lease_owner  text,
    lease_until  timestamptz,
    attempts     int         NOT NULL DEFAULT 0,
    UNIQUE (scan_id, kind, item_key)
);
CREATE INDEX scan_tasks_claimable ON scan_tasks (state, lease_until) WHERE state <> 'DONE';

-- The result of one TABLE/OBJECT/FILE task, written in the transaction that marks the task done: exactly one.
CREATE TABLE scan_items (
    task_id          bigint PRIMARY KEY REFERENCES scan_tasks (id) ON DELETE CASCADE,
    scan_id          uuid        NOT NULL REFERENCES scans (id) ON DELETE CASCADE,
    item_key         text        NOT NULL,
    kind             text        NOT NULL,
    outcome          text        NOT NULL,
    reason           text,
    level            text,
    asset_id         uuid,
    catalog_outcome  text,
    rows_estimated   bigint,
    distinct_persons bigint,
    persons_basis    text,
    bytes_read       bigint,
    size_bytes       bigint,
    partly_read      boolean     NOT NULL DEFAULT false,
    sampled          boolean     NOT NULL DEFAULT false,
    columns          jsonb       NOT NULL DEFAULT '[]',
    recorded_at      timestamptz NOT NULL
);
CREATE INDEX scan_items_scan ON scan_items (scan_id, item_key);

-- What the last graded scan saw of each table or object, for incremental rescans.
CREATE TABLE source_fingerprints (
    source_id    uuid        NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    item_key     text        NOT NULL,
    fingerprint  text        NOT NULL,
    row_count    bigint,
    level        text,
    asset_id     uuid,
    graded_at    timestamptz NOT NULL,
    PRIMARY KEY (source_id, item_key)
);
