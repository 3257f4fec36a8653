-- Near duplicates (issue 5): MinHash signatures of cases, their LSH bands, and the proposals made to analysts.
CREATE TABLE case_signatures (
    case_id   TEXT NOT NULL CONSTRAINT pk_case_signatures PRIMARY KEY REFERENCES cases (id),
    signature BLOB NOT NULL
);

CREATE TABLE case_bands (
    band    TEXT NOT NULL,
    case_id TEXT NOT NULL REFERENCES cases (id),
    CONSTRAINT pk_case_bands PRIMARY KEY (band, case_id)
);

CREATE TABLE possible_duplicates (
    case_id         TEXT    NOT NULL REFERENCES cases (id),
    earlier_case_id TEXT    NOT NULL REFERENCES cases (id),
    similarity      REAL    NOT NULL,
    proposed_at     INTEGER NOT NULL,
    CONSTRAINT pk_possible_duplicates PRIMARY KEY (case_id, earlier_case_id)
);
