-- A decision logged under v0.1.0 on the catalog's seeded asset.
insert into decision_log (id, decided_at, requester, requester_org, action, asset_id, asset_org, asset_level,
                          effective_level, asset_status, destination, effect, policy_ids, reasons, obligations)
values ('0c1a0000-0000-4000-8000-0000000000d1', '2026-11-22T10:00:00Z', 'alice', 'east-grid', 'VIEW',
        '0c1a0000-0000-4000-8000-000000000001', 'east-grid', 'IMPORTANT', 'IMPORTANT', 'CONFIRMED', 'SAME_ENTITY',
        'PERMIT', 'important.view', '["Viewing important data within the organisation is permitted."]', null);
