-- Issue 8: an access event is marked like the records it belongs to (docs/adr/013). What an evaluator did with a
-- developer's pre-release model is at least as sensitive as the model record, so every event carries at least its
-- model's marking and the model's developer as its originator; events recorded before this get exactly those.
ALTER TABLE access_events ADD COLUMN organization_id uuid NULL REFERENCES organizations (id);
ALTER TABLE access_events ADD COLUMN marking text NULL;
UPDATE access_events e
SET organization_id = m.organization_id, marking = m.marking
FROM access_windows w
JOIN frontier_models m ON m.id = w.model_id
WHERE w.id = e.window_id;
ALTER TABLE access_events ALTER COLUMN organization_id SET NOT NULL;
ALTER TABLE access_events ALTER COLUMN marking SET NOT NULL;

-- Lists of marked records are filtered in the query by AccessPolicy.ReadableMarked: "marking IN (...) OR
-- (organization_id = caller's AND marking IN (...))". One index on (marking, organization_id) serves both terms (and
-- the distinct-markings look-up that builds the predicate) instead of a scan of the table.
CREATE INDEX ix_frontier_models_marking_organization_id ON frontier_models (marking, organization_id);
CREATE INDEX ix_evaluation_runs_marking_organization_id ON evaluation_runs (marking, organization_id);
CREATE INDEX ix_benchmark_tasks_marking_organization_id ON benchmark_tasks (marking, organization_id);
CREATE INDEX ix_access_events_marking_organization_id ON access_events (marking, organization_id);
