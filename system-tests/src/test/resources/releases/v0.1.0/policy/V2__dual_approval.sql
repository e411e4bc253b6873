-- Core data: dual approval. A request whose decision carries dual control needs two different security-admins.
alter table approval_request add column approvals_required integer not null default 1;
alter table approval_request add column first_approver varchar(255);
alter table approval_request add column first_approved_at timestamp with time zone;
