-- Findings and cases (issue 5): what reporters submit, the cases they join, the fingerprint index that joins them,
-- the submissions kept for idempotency, and encrypted evidence.

CREATE TABLE cases (
    id                   uuid    NOT NULL CONSTRAINT pk_cases PRIMARY KEY,
    number               text    NOT NULL,
    state                text    NOT NULL,
    rejection_reason     text    NULL,
    title                text    NOT NULL,
    target               text    NOT NULL,
    weakness             text    NULL,
    tlp                  text    NOT NULL,
    provisional_priority integer NOT NULL,
    cvss_vector          text    NULL,
    crash_state          text    NULL,
    security_crash       boolean NOT NULL,
    reporters            integer NOT NULL,
    finding_count        integer NOT NULL,
    opened_at            timestamptz NOT NULL,
    updated_at           timestamptz NOT NULL,
    version              integer NOT NULL
);
CREATE UNIQUE INDEX ix_cases_number ON cases (number);
CREATE INDEX ix_cases_triage ON cases (state, provisional_priority DESC, opened_at);

-- Case numbers CH-YYYY-NNNNN: one counter per year, advanced inside the transaction that opens the cases.
CREATE TABLE case_counters (
    year integer NOT NULL CONSTRAINT pk_case_counters PRIMARY KEY,
    last integer NOT NULL
);

CREATE TABLE submissions (
    id              uuid    NOT NULL CONSTRAINT pk_submissions PRIMARY KEY,
    organization_id uuid    NOT NULL REFERENCES organizations (id),
    member_id       uuid    NOT NULL REFERENCES members (id),
    idempotency_key text    NULL,
    request_hash    text    NOT NULL,
    format          text    NOT NULL,
    received_at     timestamptz NOT NULL,
    result          text    NOT NULL
);
CREATE UNIQUE INDEX ix_submissions_organization_id_idempotency_key ON submissions (organization_id, idempotency_key);
CREATE UNIQUE INDEX ix_submissions_organization_id_request_hash ON submissions (organization_id, request_hash);

CREATE TABLE findings (
    id                 uuid    NOT NULL CONSTRAINT pk_findings PRIMARY KEY,
    case_id            uuid    NOT NULL REFERENCES cases (id),
    submission_id      uuid    NOT NULL REFERENCES submissions (id),
    organization_id    uuid    NOT NULL REFERENCES organizations (id),
    member_id          uuid    NOT NULL REFERENCES members (id),
    campaign_id        uuid    NULL,
    received_at        timestamptz NOT NULL,
    attribution_order  integer NOT NULL,
    relation           text    NOT NULL,
    matched_by         text    NULL,
    format             text    NOT NULL,
    title              text    NOT NULL,
    description        text    NULL,
    target_purl        text    NULL,
    target_repository  text    NULL,
    target_commit      text    NULL,
    target_product     text    NULL,
    introduced         text    NULL,
    fixed              text    NULL,
    weakness           text    NULL,
    location_file      text    NULL,
    location_line      integer NULL,
    location_function  text    NULL,
    cvss_vector        text    NULL,
    tlp                text    NOT NULL,
    tool               text    NOT NULL,
    tool_version       text    NULL,
    model              text    NULL,
    rule_id            text    NULL,
    external_id        text    NULL,
    crash_type         text    NULL,
    crash_state        text    NULL,
    security_crash     boolean NOT NULL,
    aliases            text    NULL,
    partial_fingerprints text  NULL,
    reproduction       text    NULL,
    crash_report       text    NULL,
    content_hash       text    NOT NULL
);
CREATE INDEX ix_findings_case_id ON findings (case_id);
CREATE INDEX ix_findings_submission_id ON findings (submission_id);
CREATE UNIQUE INDEX ix_findings_organization_id_content_hash ON findings (organization_id, content_hash);

CREATE TABLE finding_keys (
    scheme     integer NOT NULL,
    hash       text    NOT NULL,
    kind       text    NOT NULL,
    case_id    uuid    NOT NULL REFERENCES cases (id),
    finding_id uuid    NOT NULL REFERENCES findings (id),
    CONSTRAINT pk_finding_keys PRIMARY KEY (scheme, hash)
);
CREATE INDEX ix_finding_keys_case_id ON finding_keys (case_id);

CREATE TABLE evidence_blobs (
    sha256     text    NOT NULL CONSTRAINT pk_evidence_blobs PRIMARY KEY,
    size       bigint NOT NULL,
    key_id     text    NOT NULL,
    nonce      bytea    NOT NULL,
    ciphertext bytea    NOT NULL,
    tag        bytea    NOT NULL,
    stored_at  timestamptz NOT NULL
);

CREATE TABLE finding_evidence (
    finding_id uuid    NOT NULL REFERENCES findings (id),
    name       text    NOT NULL,
    sha256     text    NOT NULL REFERENCES evidence_blobs (sha256),
    media_type text    NULL,
    size       bigint NOT NULL,
    CONSTRAINT pk_finding_evidence PRIMARY KEY (finding_id, name)
);
