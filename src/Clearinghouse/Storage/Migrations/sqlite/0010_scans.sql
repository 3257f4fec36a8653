-- Scans (issue 6): assets and ownership, consents, blackouts, campaigns with their targets, coverage.
CREATE TABLE scan_assets (
    id              TEXT    NOT NULL CONSTRAINT pk_scan_assets PRIMARY KEY,
    organization_id TEXT    NOT NULL REFERENCES organizations (id),
    kind            TEXT    NOT NULL,
    target          TEXT    NOT NULL,
    status          TEXT    NOT NULL,
    challenge_token TEXT    NOT NULL,
    registered_at   INTEGER NOT NULL,
    registered_by   TEXT    NOT NULL REFERENCES members (id),
    verified_at     INTEGER NULL,
    verified_by     TEXT    NULL,
    decision_note   TEXT    NULL
);
CREATE INDEX ix_scan_assets_organization_id ON scan_assets (organization_id);

CREATE TABLE scan_consents (
    id                      TEXT    NOT NULL CONSTRAINT pk_scan_consents PRIMARY KEY,
    asset_id                TEXT    NOT NULL REFERENCES scan_assets (id),
    owner_organization_id   TEXT    NOT NULL REFERENCES organizations (id),
    grantee_organization_id TEXT    NOT NULL REFERENCES organizations (id),
    techniques              TEXT    NOT NULL,
    valid_from              INTEGER NOT NULL,
    valid_until             INTEGER NOT NULL,
    conditions              TEXT    NULL,
    max_requests_per_second INTEGER NULL,
    granted_at              INTEGER NOT NULL,
    granted_by              TEXT    NOT NULL REFERENCES members (id),
    revoked_at              INTEGER NULL,
    revoked_by              TEXT    NULL REFERENCES members (id)
);
CREATE INDEX ix_scan_consents_asset_id ON scan_consents (asset_id);

CREATE TABLE scan_blackouts (
    id              TEXT    NOT NULL CONSTRAINT pk_scan_blackouts PRIMARY KEY,
    organization_id TEXT    NOT NULL REFERENCES organizations (id),
    asset_id        TEXT    NULL REFERENCES scan_assets (id),
    time_zone       TEXT    NOT NULL,
    recurrence      TEXT    NOT NULL,
    days            TEXT    NOT NULL,
    start           TEXT    NOT NULL,
    "end"           TEXT    NOT NULL,
    reason          TEXT    NOT NULL,
    declared_at     INTEGER NOT NULL,
    declared_by     TEXT    NOT NULL REFERENCES members (id),
    lifted_at       INTEGER NULL
);
CREATE INDEX ix_scan_blackouts_organization_id ON scan_blackouts (organization_id);

CREATE TABLE scan_campaigns (
    id                      TEXT    NOT NULL CONSTRAINT pk_scan_campaigns PRIMARY KEY,
    organization_id         TEXT    NOT NULL REFERENCES organizations (id),
    registered_by           TEXT    NOT NULL REFERENCES members (id),
    name                    TEXT    NOT NULL,
    technique               TEXT    NOT NULL,
    starts_at               INTEGER NOT NULL,
    ends_at                 INTEGER NOT NULL,
    source_addresses        TEXT    NOT NULL,
    max_requests_per_second INTEGER NOT NULL,
    contact                 TEXT    NOT NULL,
    registered_at           INTEGER NOT NULL,
    cancelled_at            INTEGER NULL
);
CREATE INDEX ix_scan_campaigns_organization_id ON scan_campaigns (organization_id);

CREATE TABLE scan_campaign_targets (
    id          TEXT NOT NULL CONSTRAINT pk_scan_campaign_targets PRIMARY KEY,
    campaign_id TEXT NOT NULL REFERENCES scan_campaigns (id),
    kind        TEXT NOT NULL,
    target      TEXT NOT NULL,
    version     TEXT NULL
);
CREATE INDEX ix_scan_campaign_targets_campaign_id ON scan_campaign_targets (campaign_id);

CREATE TABLE scan_coverage (
    id              TEXT    NOT NULL CONSTRAINT pk_scan_coverage PRIMARY KEY,
    campaign_id     TEXT    NOT NULL REFERENCES scan_campaigns (id),
    organization_id TEXT    NOT NULL REFERENCES organizations (id),
    kind            TEXT    NOT NULL,
    target          TEXT    NOT NULL,
    version         TEXT    NULL,
    technique       TEXT    NOT NULL,
    tool            TEXT    NOT NULL,
    tool_version    TEXT    NULL,
    model           TEXT    NULL,
    completed_at    INTEGER NOT NULL,
    reported_by     TEXT    NOT NULL REFERENCES members (id)
);
CREATE INDEX ix_scan_coverage_target_version ON scan_coverage (target, version);
CREATE INDEX ix_scan_coverage_campaign_id ON scan_coverage (campaign_id);
CREATE INDEX ix_findings_campaign_id ON findings (campaign_id);
