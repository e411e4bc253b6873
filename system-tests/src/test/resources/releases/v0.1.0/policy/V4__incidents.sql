-- Issue 13 item 8. Cybersecurity incidents and their reports to the authorities. Both tables are append-only
-- (the audit trail of the incident): an incident row keeps the severity and the deadlines computed when it was
-- recorded (with the CIIO status used and the ids of the rules), each report is one more row.
create table incident (
    id                  uuid primary key,
    organisation        varchar(255) not null,
    asset_ids           text,
    declared_severity   varchar(20)  not null,
    severity            varchar(20)  not null,
    severity_raised_by  varchar(500),
    persons_affected    bigint       not null,
    discovered_at       timestamp with time zone not null,
    description         varchar(4000) not null,
    ciio                boolean      not null,
    ciio_assumption     varchar(500),
    initial_due         timestamp with time zone,
    initial_rule        varchar(255),
    final_due           timestamp with time zone,
    final_rule          varchar(255),
    recorded_by         varchar(255) not null,
    recorded_at         timestamp with time zone not null
);
create index incident_org on incident (organisation, discovered_at desc);

create table incident_report (
    id           uuid primary key,
    incident_id  uuid not null references incident (id),
    type         varchar(20)  not null,
    reported_at  timestamp with time zone not null,
    reference    varchar(255) not null,
    recipient    varchar(255),
    recorded_by  varchar(255) not null,
    recorded_at  timestamp with time zone not null,
    unique (incident_id, type)
);

create function incident_append_only() returns trigger as $$
begin
    raise exception '% is append-only', TG_TABLE_NAME;
end;
$$ language plpgsql;

create trigger incident_append_only before update or delete on incident
    for each row execute function incident_append_only();
create trigger incident_report_append_only before update or delete on incident_report
    for each row execute function incident_append_only();
