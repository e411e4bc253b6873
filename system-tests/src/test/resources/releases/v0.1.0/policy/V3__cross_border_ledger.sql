-- Issue 13. The cross-border ledger: per organisation, the persons (and sensitive persons) whose personal
-- information a PERMIT decision sent abroad; append-only, one SHA-256 hash chain per organisation (the
-- construction of catalog-service's audit chain). Export thresholds count the calendar year's entries.
create table cross_border_ledger_head (
    organisation varchar(255) primary key,
    seq          bigint      not null,
    hash         varchar(64) not null
);

create table cross_border_ledger (
    id                bigserial primary key,
    organisation      varchar(255) not null,
    seq               bigint       not null,
    at                timestamp with time zone not null,
    year              integer      not null,
    decision_id       uuid         not null,
    asset_id          varchar(255) not null,
    action            varchar(40)  not null,
    country           varchar(8),
    requester         varchar(255) not null,
    persons           bigint       not null,
    sensitive_persons bigint       not null,
    approval_id       uuid,
    exemption_type    varchar(40),
    prev_hash         varchar(64)  not null,
    hash              varchar(64)  not null,
    unique (organisation, seq)
);
create index cross_border_ledger_year on cross_border_ledger (organisation, year, seq);
create unique index cross_border_ledger_decision on cross_border_ledger (decision_id);

-- Append-only: the service never updates or deletes ledger rows, and the database refuses to.
create function cross_border_ledger_append_only() returns trigger as $$
begin
    raise exception 'cross_border_ledger is append-only';
end;
$$ language plpgsql;

create trigger cross_border_ledger_append_only
    before update or delete on cross_border_ledger
    for each row execute function cross_border_ledger_append_only();

-- The art. 5 exemption a requester claims (with its reason) and the CIIO status a decision used.
alter table decision_log add column exemption_type varchar(40);
alter table decision_log add column exemption_reason varchar(1000);
alter table decision_log add column ciio boolean;
alter table approval_request add column exemption_type varchar(40);
alter table approval_request add column exemption_reason varchar(1000);
