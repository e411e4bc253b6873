-- Issue 13 item 7: the filing-grade catalogue.
-- What was last filed for an asset (besides filed_fingerprint / filed_scale / filed_at of V1): the level the authority
-- has on file (for de-filing entries) and the number of persons (a scale of its own for personal information).
ALTER TABLE assets ADD COLUMN filed_level   varchar(20);
ALTER TABLE assets ADD COLUMN filed_persons bigint;
UPDATE assets SET filed_level = level WHERE filed_fingerprint IS NOT NULL;

-- A change of a filed asset that the authority must be told about (re-filing or de-filing), noticed when the change
-- happens: the date of the first such change since the last filing, the due date (change + 3 months) and why.
ALTER TABLE assets ADD COLUMN refiling_changed_at timestamptz;
ALTER TABLE assets ADD COLUMN refiling_due_on     date;
ALTER TABLE assets ADD COLUMN refiling_reason     text;
CREATE INDEX assets_refiling_due ON assets (organisation, refiling_due_on) WHERE refiling_due_on IS NOT NULL;
CREATE INDEX assets_filed ON assets (organisation) WHERE filed_fingerprint IS NOT NULL;

-- Each export keeps the catalogue it produced (header and entries, JSON), so a past export can be downloaded again
-- in any format with the same content. Exports made before this migration have none.
ALTER TABLE exports ADD COLUMN filed      integer NOT NULL DEFAULT 0;
ALTER TABLE exports ADD COLUMN incomplete integer NOT NULL DEFAULT 0;
ALTER TABLE exports ADD COLUMN defiling   integer NOT NULL DEFAULT 0;
ALTER TABLE exports ADD COLUMN document   text;
