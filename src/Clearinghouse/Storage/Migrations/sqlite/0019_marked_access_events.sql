-- Issue 8: an access event is marked like the records it belongs to (docs/adr/013). What an evaluator did with a
-- developer's pre-release model is at least as sensitive as the model record, so every event carries at least its
-- model's marking and the model's developer as its originator; events recorded before this get exactly those.
-- SQLite cannot add a NOT NULL column that references another table, so the table is rebuilt with the new columns.
CREATE TABLE access_events_marked (
    id                      TEXT             NOT NULL CONSTRAINT pk_access_events PRIMARY KEY,
    window_id               TEXT             NOT NULL REFERENCES access_windows (id),
    member_id               TEXT             NULL REFERENCES members (id),
    at                      INTEGER          NOT NULL,
    remote_address          TEXT             NOT NULL,
    what                    TEXT             NOT NULL,
    alerts                  TEXT             NOT NULL,
    organization_id         TEXT             NOT NULL REFERENCES organizations (id),
    marking                 TEXT             NOT NULL
);
INSERT INTO access_events_marked (id, window_id, member_id, at, remote_address, what, alerts, organization_id, marking)
SELECT e.id, e.window_id, e.member_id, e.at, e.remote_address, e.what, e.alerts, m.organization_id, m.marking
FROM access_events e
JOIN access_windows w ON w.id = e.window_id
JOIN frontier_models m ON m.id = w.model_id;
DROP TABLE access_events;
ALTER TABLE access_events_marked RENAME TO access_events;
CREATE INDEX ix_access_events_window_id ON access_events (window_id);

-- Lists of marked records are filtered in the query by AccessPolicy.ReadableMarked: "marking IN (...) OR
-- (organization_id = caller's AND marking IN (...))". One index on (marking, organization_id) serves both terms (and
-- the distinct-markings look-up that builds the predicate, from the index alone) instead of a scan of the table.
CREATE INDEX ix_frontier_models_marking_organization_id ON frontier_models (marking, organization_id);
CREATE INDEX ix_evaluation_runs_marking_organization_id ON evaluation_runs (marking, organization_id);
CREATE INDEX ix_benchmark_tasks_marking_organization_id ON benchmark_tasks (marking, organization_id);
CREATE INDEX ix_access_events_marking_organization_id ON access_events (marking, organization_id);
