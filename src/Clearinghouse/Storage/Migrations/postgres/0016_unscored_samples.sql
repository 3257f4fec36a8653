-- Issue 8: an attempt without a pass/fail score is kept as part of the run's record, flagged, and counted in no rate;
-- a run keeps the warnings its intake raised (e.g. no scored sample at all).
ALTER TABLE evaluation_samples ADD COLUMN scored boolean NOT NULL DEFAULT true;
ALTER TABLE evaluation_runs ADD COLUMN warnings text NOT NULL DEFAULT '[]';
