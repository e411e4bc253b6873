-- Issue 16: assets found by discovery-service (PUT /api/internal/discovered-assets). An asset it created carries
-- where it was found: the data source (its id in discovery-service, name, kind, location without credentials) and
-- the key within it (schema.table, object key, file path; '' for the asset that stands for the data source itself).
-- Only adds: existing assets keep null here.
ALTER TABLE assets ADD COLUMN discovery_source_id   uuid;
ALTER TABLE assets ADD COLUMN discovery_source_name varchar(200);
ALTER TABLE assets ADD COLUMN discovery_source_kind varchar(20);
ALTER TABLE assets ADD COLUMN discovery_location    varchar(1000);
ALTER TABLE assets ADD COLUMN discovery_key         varchar(1000);
ALTER TABLE assets ADD COLUMN discovery_last_seen_at timestamptz;
-- The upsert's key: two discovery calls for the same table at once cannot both create an asset.
CREATE UNIQUE INDEX assets_discovered ON assets (organisation, discovery_source_id, discovery_key)
    WHERE discovery_source_id IS NOT NULL;
