-- Reproduction results (issue 5): one row per finding and variant (affected, head), with the runs' log.
CREATE TABLE reproductions (
    id            uuid        NOT NULL CONSTRAINT pk_reproductions PRIMARY KEY,
    case_id       uuid        NOT NULL REFERENCES cases (id),
    finding_id    uuid        NOT NULL REFERENCES findings (id),
    variant       text        NOT NULL,
    runs          integer     NOT NULL,
    matching_runs integer     NOT NULL,
    reproduced    boolean     NOT NULL,
    log           text        NOT NULL,
    started_at    timestamptz NOT NULL,
    finished_at   timestamptz NOT NULL
);
CREATE INDEX ix_reproductions_case_id ON reproductions (case_id);
