-- Issue 14 target 5: search at 1 million assets. A search page reads a few rows, but its total is a count capped at
-- 1 000 matches, and with a selective filter (a level in one region, a status with an energy activity) that count
-- visited thousands of table rows (EXPLAIN ANALYZE at 1 million assets: 10-37 ms). These two indexes lead with the
-- filters reviewers use most, level and status, keep registration order and carry the other filter columns, so the
-- page and the capped count are answered by an index(-only) scan (1-3 ms). They only add to the schema.
CREATE INDEX assets_org_level_filters ON assets (organisation, level, registered_at DESC, id)
    INCLUDE (storage_regions, categories, energy_activity, system_name) WHERE status <> 'RETIRED';
CREATE INDEX assets_org_status_filters ON assets (organisation, status, registered_at DESC, id)
    INCLUDE (level, energy_activity, system_name);
