-- Priority claims (issue 5): a salted hash of a finding's fingerprint fixes its place in time before it is revealed.
CREATE TABLE priority_claims (
    id              uuid        NOT NULL CONSTRAINT pk_priority_claims PRIMARY KEY,
    organization_id uuid        NOT NULL REFERENCES organizations (id),
    member_id       uuid        NOT NULL REFERENCES members (id),
    commitment      text        NOT NULL,
    claimed_at      timestamptz NOT NULL,
    revealed_by     uuid        NULL REFERENCES findings (id),
    revealed_at     timestamptz NULL
);
CREATE UNIQUE INDEX ix_priority_claims_commitment ON priority_claims (commitment);

ALTER TABLE findings ADD COLUMN claimed_at timestamptz NULL;
