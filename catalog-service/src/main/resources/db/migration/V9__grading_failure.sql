-- Issues 15 and 17: a grading that failed is visible on its asset until the next grading succeeds — the classifier
-- refused the upload, or a spooled upload expired or could not be read (the asset then needs a new upload). Only
-- adds: existing assets have no failure.
ALTER TABLE assets ADD COLUMN grading_failed_reason varchar(40);
ALTER TABLE assets ADD COLUMN grading_failed_at     timestamptz;
-- The list's "grading failed" filter: few rows, in registration order.
CREATE INDEX assets_grading_failed ON assets (organisation, registered_at DESC, id)
    WHERE grading_failed_at IS NOT NULL;
-- Spooled uploads past their age limit are found by age.
CREATE INDEX assets_spooled ON assets (pending_since) WHERE spool_file IS NOT NULL;
