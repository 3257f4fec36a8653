-- Scans (issue 6): assets and ownership, consents, blackouts, campaigns with their targets, coverage.
CREATE TABLE scan_assets (
    id                      uuid        NOT NULL CONSTRAINT pk_scan_assets PRIMARY KEY,
    organization_id         uuid        NOT NULL REFERENCES organizations (id),
    kind                    text        NOT NULL,
    target                  text        NOT NULL,
    status                  text        NOT NULL,
    challenge_token         text        NOT NULL,
    registered_at           timestamptz NOT NULL,
    registered_by           uuid        NOT NULL REFERENCES members (id),
    verified_at             timestamptz NULL,
    verified_by             text        NULL,
    decision_note           text        NULL
);
CREATE INDEX ix_scan_assets_organization_id ON scan_assets (organization_id);

CREATE TABLE scan_consents (
    id                      uuid        NOT NULL CONSTRAINT pk_scan_consents PRIMARY KEY,
    asset_id                uuid        NOT NULL REFERENCES scan_assets (id),
    owner_organization_id   uuid        NOT NULL REFERENCES organizations (id),
    grantee_organization_id uuid        NOT NULL REFERENCES organizations (id),
    techniques              text        NOT NULL,
    valid_from              timestamptz NOT NULL,
    valid_until             timestamptz NOT NULL,
    conditions              text        NULL,
    max_requests_per_second integer     NULL,
    granted_at              timestamptz NOT NULL,
    granted_by              uuid        NOT NULL REFERENCES members (id),
    revoked_at              timestamptz NULL,
    revoked_by              uuid        NULL REFERENCES members (id)
);
CREATE INDEX ix_scan_consents_asset_id ON scan_consents (asset_id);

CREATE TABLE scan_blackouts (
    id                      uuid        NOT NULL CONSTRAINT pk_scan_blackouts PRIMARY KEY,
    organization_id         uuid        NOT NULL REFERENCES organizations (id),
    asset_id                uuid        NULL REFERENCES scan_assets (id),
    time_zone               text        NOT NULL,
    recurrence              text        NOT NULL,
    days                    text        NOT NULL,
    start                   text        NOT NULL,
    "end"                   text        NOT NULL,
    reason                  text        NOT NULL,
    declared_at             timestamptz NOT NULL,
    declared_by             uuid        NOT NULL REFERENCES members (id),
    lifted_at               timestamptz NULL
);
CREATE INDEX ix_scan_blackouts_organization_id ON scan_blackouts (organization_id);

CREATE TABLE scan_campaigns (
    id                      uuid        NOT NULL CONSTRAINT pk_scan_campaigns PRIMARY KEY,
    organization_id         uuid        NOT NULL REFERENCES organizations (id),
    registered_by           uuid        NOT NULL REFERENCES members (id),
    name                    text        NOT NULL,
    technique               text        NOT NULL,
    starts_at               timestamptz NOT NULL,
    ends_at                 timestamptz NOT NULL,
    source_addresses        text        NOT NULL,
    max_requests_per_second integer     NOT NULL,
    contact                 text        NOT NULL,
    registered_at           timestamptz NOT NULL,
    cancelled_at            timestamptz NULL
);
CREATE INDEX ix_scan_campaigns_organization_id ON scan_campaigns (organization_id);

CREATE TABLE scan_campaign_targets (
    id                      uuid        NOT NULL CONSTRAINT pk_scan_campaign_targets PRIMARY KEY,
    campaign_id             uuid        NOT NULL REFERENCES scan_campaigns (id),
    kind                    text        NOT NULL,
    target                  text        NOT NULL,
    version                 text        NULL
);
CREATE INDEX ix_scan_campaign_targets_campaign_id ON scan_campaign_targets (campaign_id);

CREATE TABLE scan_coverage (
    id                      uuid        NOT NULL CONSTRAINT pk_scan_coverage PRIMARY KEY,
    campaign_id             uuid        NOT NULL REFERENCES scan_campaigns (id),
    organization_id         uuid        NOT NULL REFERENCES organizations (id),
    kind                    text        NOT NULL,
    target                  text        NOT NULL,
    version                 text        NULL,
    technique               text        NOT NULL,
    tool                    text        NOT NULL,
    tool_version            text        NULL,
    model                   text        NULL,
    completed_at            timestamptz NOT NULL,
    reported_by             uuid        NOT NULL REFERENCES members (id)
);
CREATE INDEX ix_scan_coverage_target_version ON scan_coverage (target, version);
CREATE INDEX ix_scan_coverage_campaign_id ON scan_coverage (campaign_id);
CREATE INDEX ix_findings_campaign_id ON findings (campaign_id);
