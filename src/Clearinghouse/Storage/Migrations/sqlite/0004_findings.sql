-- Findings and cases (issue 5): what reporters submit, the cases they join, the fingerprint index that joins them,
-- the submissions kept for idempotency, and encrypted evidence.

CREATE TABLE cases (
    id                   TEXT    NOT NULL CONSTRAINT pk_cases PRIMARY KEY,
    number               TEXT    NOT NULL,
    state                TEXT    NOT NULL,
    rejection_reason     TEXT    NULL,
    title                TEXT    NOT NULL,
    target               TEXT    NOT NULL,
    weakness             TEXT    NULL,
    tlp                  TEXT    NOT NULL,
    provisional_priority INTEGER NOT NULL,
    cvss_vector          TEXT    NULL,
    crash_state          TEXT    NULL,
    security_crash       INTEGER NOT NULL,
    reporters            INTEGER NOT NULL,
    finding_count        INTEGER NOT NULL,
    opened_at            INTEGER NOT NULL,
    updated_at           INTEGER NOT NULL,
    version              INTEGER NOT NULL
);
CREATE UNIQUE INDEX ix_cases_number ON cases (number);
CREATE INDEX ix_cases_triage ON cases (state, provisional_priority DESC, opened_at);

-- Case numbers CH-YYYY-NNNNN: one counter per year, advanced inside the transaction that opens the cases.
CREATE TABLE case_counters (
    year INTEGER NOT NULL CONSTRAINT pk_case_counters PRIMARY KEY,
    last INTEGER NOT NULL
);

CREATE TABLE submissions (
    id              TEXT    NOT NULL CONSTRAINT pk_submissions PRIMARY KEY,
    organization_id TEXT    NOT NULL REFERENCES organizations (id),
    member_id       TEXT    NOT NULL REFERENCES members (id),
    idempotency_key TEXT    NULL,
    request_hash    TEXT    NOT NULL,
    format          TEXT    NOT NULL,
    received_at     INTEGER NOT NULL,
    result          TEXT    NOT NULL
);
CREATE UNIQUE INDEX ix_submissions_organization_id_idempotency_key ON submissions (organization_id, idempotency_key);
CREATE UNIQUE INDEX ix_submissions_organization_id_request_hash ON submissions (organization_id, request_hash);

CREATE TABLE findings (
    id                 TEXT    NOT NULL CONSTRAINT pk_findings PRIMARY KEY,
    case_id            TEXT    NOT NULL REFERENCES cases (id),
    submission_id      TEXT    NOT NULL REFERENCES submissions (id),
    organization_id    TEXT    NOT NULL REFERENCES organizations (id),
    member_id          TEXT    NOT NULL REFERENCES members (id),
    campaign_id        TEXT    NULL,
    received_at        INTEGER NOT NULL,
    attribution_order  INTEGER NOT NULL,
    relation           TEXT    NOT NULL,
    matched_by         TEXT    NULL,
    format             TEXT    NOT NULL,
    title              TEXT    NOT NULL,
    description        TEXT    NULL,
    target_purl        TEXT    NULL,
    target_repository  TEXT    NULL,
    target_commit      TEXT    NULL,
    target_product     TEXT    NULL,
    introduced         TEXT    NULL,
    fixed              TEXT    NULL,
    weakness           TEXT    NULL,
    location_file      TEXT    NULL,
    location_line      INTEGER NULL,
    location_function  TEXT    NULL,
    cvss_vector        TEXT    NULL,
    tlp                TEXT    NOT NULL,
    tool               TEXT    NOT NULL,
    tool_version       TEXT    NULL,
    model              TEXT    NULL,
    rule_id            TEXT    NULL,
    external_id        TEXT    NULL,
    crash_type         TEXT    NULL,
    crash_state        TEXT    NULL,
    security_crash     INTEGER NOT NULL,
    aliases            TEXT    NULL,
    partial_fingerprints TEXT  NULL,
    reproduction       TEXT    NULL,
    crash_report       TEXT    NULL,
    content_hash       TEXT    NOT NULL
);
CREATE INDEX ix_findings_case_id ON findings (case_id);
CREATE INDEX ix_findings_submission_id ON findings (submission_id);
CREATE UNIQUE INDEX ix_findings_organization_id_content_hash ON findings (organization_id, content_hash);

CREATE TABLE finding_keys (
    scheme     INTEGER NOT NULL,
    hash       TEXT    NOT NULL,
    kind       TEXT    NOT NULL,
    case_id    TEXT    NOT NULL REFERENCES cases (id),
    finding_id TEXT    NOT NULL REFERENCES findings (id),
    CONSTRAINT pk_finding_keys PRIMARY KEY (scheme, hash)
);
CREATE INDEX ix_finding_keys_case_id ON finding_keys (case_id);

CREATE TABLE evidence_blobs (
    sha256     TEXT    NOT NULL CONSTRAINT pk_evidence_blobs PRIMARY KEY,
    size       INTEGER NOT NULL,
    key_id     TEXT    NOT NULL,
    nonce      BLOB    NOT NULL,
    ciphertext BLOB    NOT NULL,
    tag        BLOB    NOT NULL,
    stored_at  INTEGER NOT NULL
);

CREATE TABLE finding_evidence (
    finding_id TEXT    NOT NULL REFERENCES findings (id),
    name       TEXT    NOT NULL,
    sha256     TEXT    NOT NULL REFERENCES evidence_blobs (sha256),
    media_type TEXT    NULL,
    size       INTEGER NOT NULL,
    CONSTRAINT pk_finding_evidence PRIMARY KEY (finding_id, name)
);
