-- A job's lease: the instance running a job renews it while the job is queued or running; when it lapses (the instance
-- stopped), any instance's sweep marks the job FAILED. Expand-only: jobs of an earlier release have no lease (NULL) and
-- are judged by how long ago they last reported progress.
ALTER TABLE jobs ADD COLUMN lease_until timestamptz;
-- When the job left the queue (NULL for jobs of an earlier release).
ALTER TABLE jobs ADD COLUMN started_at timestamptz;
CREATE INDEX jobs_unfinished ON jobs (lease_until) WHERE status IN ('QUEUED', 'RUNNING');

-- Re-grading after a rule-pack change runs as a job per organisation (kind REGRADE): at most one unfinished at a time,
-- whichever instance starts it; its security-admins list the latest ones.
CREATE UNIQUE INDEX jobs_one_unfinished_regrade ON jobs (organisation, kind)
    WHERE kind = 'REGRADE' AND status IN ('QUEUED', 'RUNNING');
CREATE INDEX jobs_org_kind ON jobs (organisation, kind, created_at DESC);
