-- An important asset of east-grid, registered by alice and confirmed by bob under v0.1.0.
INSERT INTO assets (id, organisation, name, description, asset_type, owner_department, owner_contact, energy_activity,
                    system_name, storage_location, storage_regions, data_format, volume_records, provinces, purpose,
                    security_measures, status, level, categories, extraction_status, rule_pack_version,
                    awaiting_review, queue_rank, registered_by, registered_at, updated_by, updated_at, version)
VALUES ('0c1a0000-0000-4000-8000-000000000001', 'east-grid', 'Jiangsu 220 kV network model (registered under v0.1.0)',
        '江苏220千伏电网模型', 'DATABASE', 'Dispatch and control centre', 'dispatch@east-grid.example', 'PRODUCTION',
        'EMS', 'East China dispatch data centre', '{Jiangsu}', 'database', 1000, '{Jiangsu}',
        'Grid operation and planning', 'SM4 encryption at rest', 'CONFIRMED', 'IMPORTANT', '{energy.grid-topology}',
        'COMPLETE', '2026.11.1', false, 9, 'alice', '2026-11-20T08:00:00Z', 'bob', '2026-11-21T09:00:00Z', 2);

INSERT INTO grading_revisions (asset_id, level, categories, source, trigger, graded_at, graded_by)
VALUES ('0c1a0000-0000-4000-8000-000000000001', 'IMPORTANT', '{energy.grid-topology}', 'AUTOMATIC', 'DESCRIPTOR',
        '2026-11-20T08:00:01Z', 'catalog-service');
