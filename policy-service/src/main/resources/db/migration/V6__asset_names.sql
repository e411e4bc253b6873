-- Issue 15 item 7: the asset's name next to its id, as the catalog gave it when the decision was taken (the policy
-- service looks the asset up for every decision anyway). Null in rows written before. On the cross-border ledger the
-- name is a label outside the hash chain (the asset id is in it).
alter table decision_log add column asset_name varchar(300);
alter table approval_request add column asset_name varchar(300);
alter table cross_border_ledger add column asset_name varchar(300);
