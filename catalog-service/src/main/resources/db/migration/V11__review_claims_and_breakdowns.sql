-- A reviewer's claim on a review-queue item (issue 15): "someone is on it", nothing more; it blocks no decision. One
-- row per asset, replaced when the claim lapses (expires_at is compared with the service's clock, not the database's).
-- Expand-only: a new table; an earlier release ignores it.
CREATE TABLE review_claims (
    asset_id    uuid          PRIMARY KEY REFERENCES assets (id),
    claimed_by  varchar(100)  NOT NULL,
    claimed_at  timestamptz   NOT NULL,
    expires_at  timestamptz   NOT NULL
);

-- Search filters department (owner_department, exact) and province (provinces contains one) over 1 million assets.
-- The department index has the shape of V7's (registration order, the other filter columns carried), so a department
-- page, its capped count and the dashboard's counts per department and level are index(-only) scans; provinces get a
-- GIN index like storage_regions (V1). Expand-only.
CREATE INDEX assets_org_department ON assets (organisation, owner_department, registered_at DESC, id)
    INCLUDE (level, provinces, energy_activity, system_name) WHERE status <> 'RETIRED';
CREATE INDEX assets_provinces ON assets USING gin (provinces);
