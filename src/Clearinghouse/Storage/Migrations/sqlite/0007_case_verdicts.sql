-- Analysts' verdicts on cases (issue 5): critical-severity cases need two analysts who agree.
CREATE TABLE case_verdicts (
    id        TEXT    NOT NULL CONSTRAINT pk_case_verdicts PRIMARY KEY,
    case_id   TEXT    NOT NULL REFERENCES cases (id),
    member_id TEXT    NOT NULL REFERENCES members (id),
    valid     INTEGER NOT NULL,
    evidence  TEXT    NOT NULL,
    given_at  INTEGER NOT NULL
);
CREATE INDEX ix_case_verdicts_case_id ON case_verdicts (case_id);
