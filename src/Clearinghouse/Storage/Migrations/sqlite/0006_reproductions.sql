-- Reproduction results (issue 5): one row per finding and variant (affected, head), with the runs' log.
CREATE TABLE reproductions (
    id            TEXT    NOT NULL CONSTRAINT pk_reproductions PRIMARY KEY,
    case_id       TEXT    NOT NULL REFERENCES cases (id),
    finding_id    TEXT    NOT NULL REFERENCES findings (id),
    variant       TEXT    NOT NULL,
    runs          INTEGER NOT NULL,
    matching_runs INTEGER NOT NULL,
    reproduced    INTEGER NOT NULL,
    log           TEXT    NOT NULL,
    started_at    INTEGER NOT NULL,
    finished_at   INTEGER NOT NULL
);
CREATE INDEX ix_reproductions_case_id ON reproductions (case_id);
