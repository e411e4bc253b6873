-- Decision log: every decision, append-only. Reasons and obligations are JSON text; no raw data values.
create table decision_log (
    id               uuid primary key,
    decided_at       timestamp with time zone not null,
    requester        varchar(255) not null,
    requester_org    varchar(255),
    acting_client    varchar(255),
    action           varchar(40)  not null,
    asset_id         varchar(255) not null,
    asset_org        varchar(255),
    asset_level      varchar(20),
    effective_level  varchar(20),
    asset_status     varchar(40),
    asset_minors     boolean      not null default false,
    destination      varchar(40),
    country          varchar(8),
    purpose          varchar(255),
    effect           varchar(40)  not null,
    policy_ids       text         not null,
    reasons          text         not null,
    obligations      text,
    approval_id      uuid
);
create index decision_log_asset_org on decision_log (asset_org, decided_at desc);
create index decision_log_requester_org on decision_log (requester_org, decided_at desc);

create table approval_request (
    id                   uuid primary key,
    created_at           timestamp with time zone not null,
    requester            varchar(255) not null,
    requester_org        varchar(255),
    asset_id             varchar(255) not null,
    asset_org            varchar(255),
    effective_level      varchar(20)  not null,
    action               varchar(40)  not null,
    destination          varchar(40),
    country              varchar(8),
    purpose              varchar(255),
    bulk                 boolean      not null default false,
    decision_id          uuid         not null,
    policy_ids           text         not null,
    status               varchar(20)  not null,
    decided_by           varchar(255),
    decided_at           timestamp with time zone,
    expires_at           timestamp with time zone,
    approver_comment     varchar(2000),
    consumed_at          timestamp with time zone,
    consumed_by_decision uuid
);
create index approval_request_org_status on approval_request (asset_org, status, created_at desc);

create table assessment (
    id           uuid primary key,
    organisation varchar(255) not null,
    type         varchar(40)  not null,
    reference    varchar(255) not null,
    scope        varchar(2000) not null,
    asset_ids    text,
    valid_from   date not null,
    valid_until  date not null,
    recorded_by  varchar(255) not null,
    recorded_at  timestamp with time zone not null
);
create index assessment_org_type on assessment (organisation, type, valid_until);

create table erasure (
    id              uuid primary key,
    asset_id        varchar(255) not null,
    organisation    varchar(255) not null,
    decision_id     uuid not null,
    medium          varchar(20)  not null,
    method          varchar(2000) not null,
    certificate     varchar(2000) not null,
    verified_by     varchar(255) not null,
    verification    varchar(2000) not null,
    second_operator varchar(255),
    erased_at       timestamp with time zone not null,
    recorded_by     varchar(255) not null,
    recorded_at     timestamp with time zone not null,
    catalog_retired boolean not null default false,
    catalog_error   varchar(500)
);
create unique index erasure_decision on erasure (decision_id);
