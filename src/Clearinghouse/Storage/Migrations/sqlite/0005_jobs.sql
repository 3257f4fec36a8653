-- The durable job queue (src/Clearinghouse/Jobs): outbox rows written in the transaction of the change that needs them,
-- claimed by the worker under a lease. Version 0004 is another capability's; the runner applies whatever is missing.
CREATE TABLE jobs (
    id               TEXT    NOT NULL CONSTRAINT pk_jobs PRIMARY KEY,
    kind             TEXT    NOT NULL,
    payload          TEXT    NOT NULL,
    state            TEXT    NOT NULL,
    attempts         INTEGER NOT NULL,
    max_attempts     INTEGER NOT NULL,
    run_after        INTEGER NOT NULL,
    lease_owner      TEXT    NULL,
    lease_expires_at INTEGER NULL,
    last_error       TEXT    NULL,
    created_at       INTEGER NOT NULL,
    finished_at      INTEGER NULL
);
CREATE INDEX ix_jobs_state_run_after ON jobs (state, run_after);
