-- Analysts' verdicts on cases (issue 5): critical-severity cases need two analysts who agree.
CREATE TABLE case_verdicts (
    id        uuid        NOT NULL CONSTRAINT pk_case_verdicts PRIMARY KEY,
    case_id   uuid        NOT NULL REFERENCES cases (id),
    member_id uuid        NOT NULL REFERENCES members (id),
    valid     boolean     NOT NULL,
    evidence  text        NOT NULL,
    given_at  timestamptz NOT NULL
);
CREATE INDEX ix_case_verdicts_case_id ON case_verdicts (case_id);
