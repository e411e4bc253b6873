-- Issue 15 item 4: the Chinese twin of every reason sentence a decision gives (JSON list, same order as reasons),
-- and of the fail-closed CIIO assumption an incident records. Null in rows written before.
alter table decision_log add column reasons_zh text;
alter table incident add column ciio_assumption_zh varchar(1000);
