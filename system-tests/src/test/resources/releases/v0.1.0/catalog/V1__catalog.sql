-- Asset inventory, grading history, reviews, lineage, exports and the append-only audit chain.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE assets (
    id                   uuid PRIMARY KEY,
    organisation         varchar(100)  NOT NULL,
    name                 varchar(300)  NOT NULL,
    description          text,
    asset_type           varchar(40)   NOT NULL,
    owner_department     varchar(200)  NOT NULL,
    owner_contact        varchar(200)  NOT NULL,
    energy_activity      varchar(40)   NOT NULL,
    system_name          varchar(200),
    storage_location     varchar(500),
    storage_regions      text[]        NOT NULL DEFAULT '{}',
    data_format          varchar(100),
    volume_bytes         bigint,
    volume_records       bigint,
    distinct_persons     bigint,
    provinces            text[]        NOT NULL DEFAULT '{}',
    purpose              text,
    shared               boolean       NOT NULL DEFAULT false,
    sharing_details      text,
    cross_border         boolean       NOT NULL DEFAULT false,
    security_measures    text,
    status               varchar(30)   NOT NULL,
    level                varchar(20),
    categories           text[]        NOT NULL DEFAULT '{}',
    needs_review         boolean       NOT NULL DEFAULT false,
    extraction_status    varchar(20),
    pi_persons           bigint,
    pi_sensitive         boolean       NOT NULL DEFAULT false,
    pi_minors            bigint,
    pi_children          bigint,
    content_sha256       varchar(64),
    content_type         varchar(200),
    content_size         bigint,
    rule_pack_version    varchar(100),
    rule_pack_hash       varchar(200),
    regrade_due          boolean       NOT NULL DEFAULT false,
    awaiting_review      boolean       NOT NULL DEFAULT false,
    queue_rank           smallint      NOT NULL DEFAULT 9,
    spool_file           varchar(500),
    pending_since        timestamptz,
    lineage_exception    text,
    lineage_exception_by varchar(100),
    filed_fingerprint    varchar(64),
    filed_scale          bigint,
    filed_at             timestamptz,
    registered_by        varchar(100)  NOT NULL,
    registered_at        timestamptz   NOT NULL,
    updated_by           varchar(100)  NOT NULL,
    updated_at           timestamptz   NOT NULL,
    retired_at           timestamptz,
    retired_by           varchar(100),
    retire_reason        text,
    version              bigint        NOT NULL DEFAULT 0
);

-- Search: every query is scoped to one organisation, leaves retired assets out unless it asks for a status,
-- and is sorted by registration time by default. Partial indexes (status <> 'RETIRED') match that predicate,
-- so the capped count of a search can be answered from the index alone.
CREATE INDEX assets_org_registered ON assets (organisation, registered_at DESC, id) WHERE status <> 'RETIRED';
CREATE INDEX assets_org_level ON assets (organisation, level, registered_at DESC) WHERE status <> 'RETIRED';
CREATE INDEX assets_org_status ON assets (organisation, status, registered_at DESC);
CREATE INDEX assets_org_activity ON assets (organisation, energy_activity, registered_at DESC) WHERE status <> 'RETIRED';
CREATE INDEX assets_org_system ON assets (organisation, system_name, registered_at DESC) WHERE status <> 'RETIRED';
CREATE INDEX assets_org_name ON assets (organisation, name) WHERE status <> 'RETIRED';
CREATE INDEX assets_categories ON assets USING gin (categories);
CREATE INDEX assets_regions ON assets USING gin (storage_regions);
CREATE INDEX assets_text ON assets USING gin ((name || ' ' || coalesce(description, '')) gin_trgm_ops);
-- Review queue: only assets awaiting a reviewer, in queue order.
CREATE INDEX assets_queue ON assets (organisation, queue_rank, registered_at, id) WHERE awaiting_review;
-- Background work: small partial indexes, empty most of the time.
CREATE INDEX assets_pending ON assets (pending_since) WHERE pending_since IS NOT NULL;
CREATE INDEX assets_regrade ON assets (id) WHERE regrade_due;

CREATE TABLE grading_revisions (
    id                bigserial PRIMARY KEY,
    asset_id          uuid          NOT NULL REFERENCES assets (id),
    level             varchar(20)   NOT NULL,
    categories        text[]        NOT NULL DEFAULT '{}',
    flags             text[]        NOT NULL DEFAULT '{}',
    needs_review      boolean       NOT NULL DEFAULT false,
    extraction_status varchar(20),
    evidence          text,
    rule_pack_version varchar(100),
    rule_pack_hash    varchar(200),
    content_sha256    varchar(64),
    content_type      varchar(200),
    content_size      bigint,
    source            varchar(20)   NOT NULL,
    trigger           varchar(30)   NOT NULL,
    proposal_status   varchar(20),
    graded_at         timestamptz   NOT NULL,
    graded_by         varchar(100)  NOT NULL
);
CREATE INDEX grading_revisions_asset ON grading_revisions (asset_id, id);
CREATE INDEX grading_revisions_open ON grading_revisions (asset_id) WHERE proposal_status = 'OPEN';

CREATE TABLE reviews (
    id            bigserial PRIMARY KEY,
    asset_id      uuid          NOT NULL REFERENCES assets (id),
    decision      varchar(30)   NOT NULL,
    from_level    varchar(20),
    to_level      varchar(20),
    categories    text[]        NOT NULL DEFAULT '{}',
    justification text          NOT NULL,
    state         varchar(30)   NOT NULL,
    revision_id   bigint,
    reviewer      varchar(100)  NOT NULL,
    decided_at    timestamptz   NOT NULL,
    second_reviewer varchar(100),
    second_justification text,
    second_decided_at timestamptz
);
CREATE INDEX reviews_asset ON reviews (asset_id, id);

CREATE TABLE lineage (
    id              bigserial PRIMARY KEY,
    asset_id        uuid         NOT NULL REFERENCES assets (id),
    source_asset_id uuid         NOT NULL REFERENCES assets (id),
    method          varchar(20)  NOT NULL,
    UNIQUE (asset_id, source_asset_id)
);
CREATE INDEX lineage_source ON lineage (source_asset_id);

CREATE TABLE exports (
    id           uuid PRIMARY KEY,
    organisation varchar(100) NOT NULL,
    format       varchar(10)  NOT NULL,
    entries      integer      NOT NULL,
    refiling     integer      NOT NULL,
    exported_by  varchar(100) NOT NULL,
    exported_at  timestamptz  NOT NULL
);
CREATE INDEX exports_org ON exports (organisation, exported_at DESC);

-- The rule pack the classifier last reported (one row).
CREATE TABLE rule_pack_state (
    id         smallint PRIMARY KEY,
    version    varchar(100),
    hash       varchar(200),
    checked_at timestamptz
);

-- One hash chain per organisation; the head row is locked while appending so the chain stays linear.
CREATE TABLE audit_heads (
    organisation varchar(100) PRIMARY KEY,
    seq          bigint       NOT NULL,
    hash         varchar(64)  NOT NULL
);

CREATE TABLE audit_records (
    id           bigserial PRIMARY KEY,
    organisation varchar(100) NOT NULL,
    seq          bigint       NOT NULL,
    at           timestamptz  NOT NULL,
    actor        varchar(100) NOT NULL,
    action       varchar(40)  NOT NULL,
    asset_id     uuid,
    detail       text         NOT NULL,
    prev_hash    varchar(64)  NOT NULL,
    hash         varchar(64)  NOT NULL,
    UNIQUE (organisation, seq)
);
CREATE INDEX audit_records_asset ON audit_records (asset_id, seq);

-- Append-only: the service never updates or deletes audit rows, and the database refuses to.
CREATE FUNCTION audit_records_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit_records is append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_records_append_only
    BEFORE UPDATE OR DELETE ON audit_records
    FOR EACH ROW EXECUTE FUNCTION audit_records_append_only();
