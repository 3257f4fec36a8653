-- Findings intake writes a case's sixteen near-duplicate bands and each finding's fingerprints, hundreds of thousands
-- of rows for one large upload, and reads them only by their primary key. As WITHOUT ROWID tables they are stored in
-- that key's own b-tree, one write per row instead of two (the rowid table and the key's index): the bulk writes of a
-- 30,000-result SARIF upload took 2.0-2.4 s instead of 2.7 s (docs/benchmarks.md). PostgreSQL has no such choice.
CREATE TABLE case_bands_clustered (
    band    TEXT NOT NULL,
    case_id TEXT NOT NULL REFERENCES cases (id),
    CONSTRAINT pk_case_bands PRIMARY KEY (band, case_id)
) WITHOUT ROWID;
INSERT INTO case_bands_clustered (band, case_id) SELECT band, case_id FROM case_bands;
DROP TABLE case_bands;
ALTER TABLE case_bands_clustered RENAME TO case_bands;

CREATE TABLE finding_keys_clustered (
    scheme     INTEGER NOT NULL,
    hash       TEXT    NOT NULL,
    kind       TEXT    NOT NULL,
    case_id    TEXT    NOT NULL REFERENCES cases (id),
    finding_id TEXT    NOT NULL REFERENCES findings (id),
    CONSTRAINT pk_finding_keys PRIMARY KEY (scheme, hash)
) WITHOUT ROWID;
INSERT INTO finding_keys_clustered (scheme, hash, kind, case_id, finding_id) SELECT scheme, hash, kind, case_id, finding_id FROM finding_keys;
DROP TABLE finding_keys;
ALTER TABLE finding_keys_clustered RENAME TO finding_keys;
CREATE INDEX ix_finding_keys_case_id ON finding_keys (case_id);
