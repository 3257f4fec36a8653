-- The durable job queue (src/Clearinghouse/Jobs): outbox rows written in the transaction of the change that needs them,
-- claimed by the worker under a lease (FOR UPDATE SKIP LOCKED). Version 0004 is another capability's; the runner applies
-- whatever is missing.
CREATE TABLE jobs (
    id               uuid        NOT NULL CONSTRAINT pk_jobs PRIMARY KEY,
    kind             text        NOT NULL,
    payload          text        NOT NULL,
    state            text        NOT NULL,
    attempts         integer     NOT NULL,
    max_attempts     integer     NOT NULL,
    run_after        timestamptz NOT NULL,
    lease_owner      text        NULL,
    lease_expires_at timestamptz NULL,
    last_error       text        NULL,
    created_at       timestamptz NOT NULL,
    finished_at      timestamptz NULL
);
CREATE INDEX ix_jobs_state_run_after ON jobs (state, run_after);
