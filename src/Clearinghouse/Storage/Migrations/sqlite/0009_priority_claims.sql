-- Priority claims (issue 5): a salted hash of a finding's fingerprint fixes its place in time before it is revealed.
CREATE TABLE priority_claims (
    id              TEXT    NOT NULL CONSTRAINT pk_priority_claims PRIMARY KEY,
    organization_id TEXT    NOT NULL REFERENCES organizations (id),
    member_id       TEXT    NOT NULL REFERENCES members (id),
    commitment      TEXT    NOT NULL,
    claimed_at      INTEGER NOT NULL,
    revealed_by     TEXT    NULL REFERENCES findings (id),
    revealed_at     INTEGER NULL
);
CREATE UNIQUE INDEX ix_priority_claims_commitment ON priority_claims (commitment);

ALTER TABLE findings ADD COLUMN claimed_at INTEGER NULL;
