-- The background grading jobs run in every catalog replica. A replica claims the assets it is about to grade
-- until grading_claimed_until (AssetRepository.claim*: FOR UPDATE SKIP LOCKED, then a lease), so two replicas never
-- grade the same asset at once; the claim is released when the batch is done, or runs out if the replica dies.
ALTER TABLE assets ADD COLUMN grading_claimed_until timestamptz;
