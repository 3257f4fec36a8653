-- Exposure (issue 7): the knowledge base of imported advisories, operators' assets and inventories, the exposures
-- matching found, their remediation history, and the organizations' webhooks. See docs/adr/011-exposure.md.
CREATE TABLE feed_documents (
    key         TEXT    NOT NULL CONSTRAINT pk_feed_documents PRIMARY KEY,
    kind        TEXT    NOT NULL,
    sha256      TEXT    NOT NULL,
    content     BLOB    NOT NULL,
    imported_at INTEGER NOT NULL
);

CREATE TABLE known_vulnerabilities (
    id          TEXT    NOT NULL CONSTRAINT pk_known_vulnerabilities PRIMARY KEY,
    aliases     TEXT    NOT NULL,
    summary     TEXT    NULL,
    kev_added   TEXT    NULL,
    updated_at  INTEGER NOT NULL
);

CREATE TABLE assets (
    id               TEXT    NOT NULL CONSTRAINT pk_assets PRIMARY KEY,
    organization_id  TEXT    NOT NULL REFERENCES organizations (id),
    name             TEXT    NOT NULL,
    criticality      TEXT    NOT NULL,
    internet_exposed INTEGER NOT NULL,
    created_at       INTEGER NOT NULL,
    deleted_at       INTEGER NULL
);
CREATE INDEX ix_assets_organization_id ON assets (organization_id);

CREATE TABLE inventories (
    id              TEXT    NOT NULL CONSTRAINT pk_inventories PRIMARY KEY,
    asset_id        TEXT    NOT NULL REFERENCES assets (id),
    organization_id TEXT    NOT NULL REFERENCES organizations (id),
    version         INTEGER NOT NULL,
    format          TEXT    NOT NULL,
    component_count INTEGER NOT NULL,
    unidentified    INTEGER NOT NULL,
    is_current      INTEGER NOT NULL,
    uploaded_at     INTEGER NOT NULL,
    uploaded_by     TEXT    NOT NULL REFERENCES members (id)
);
CREATE UNIQUE INDEX ix_inventories_asset_id_version ON inventories (asset_id, version);

CREATE TABLE inventory_components (
    id           TEXT NOT NULL CONSTRAINT pk_inventory_components PRIMARY KEY,
    inventory_id TEXT NOT NULL REFERENCES inventories (id),
    purl         TEXT NOT NULL
);
CREATE INDEX ix_inventory_components_inventory_id ON inventory_components (inventory_id);

CREATE TABLE exposures (
    id                TEXT    NOT NULL CONSTRAINT pk_exposures PRIMARY KEY,
    organization_id   TEXT    NOT NULL REFERENCES organizations (id),
    asset_id          TEXT    NOT NULL REFERENCES assets (id),
    vulnerability_id  TEXT    NOT NULL,
    component         TEXT    NOT NULL,
    fixed_versions    TEXT    NOT NULL,
    status            TEXT    NOT NULL,
    justification     TEXT    NULL,
    expires_on        TEXT    NULL,
    first_seen_at     INTEGER NOT NULL,
    status_changed_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX ix_exposures_asset_id_vulnerability_id_component ON exposures (asset_id, vulnerability_id, component);
CREATE INDEX ix_exposures_organization_id_status ON exposures (organization_id, status);

CREATE TABLE exposure_status_changes (
    id            TEXT    NOT NULL CONSTRAINT pk_exposure_status_changes PRIMARY KEY,
    exposure_id   TEXT    NOT NULL REFERENCES exposures (id),
    status        TEXT    NOT NULL,
    justification TEXT    NULL,
    expires_on    TEXT    NULL,
    note          TEXT    NULL,
    changed_at    INTEGER NOT NULL,
    changed_by    TEXT    NULL REFERENCES members (id)
);
CREATE INDEX ix_exposure_status_changes_exposure_id ON exposure_status_changes (exposure_id);

CREATE TABLE webhooks (
    id              TEXT    NOT NULL CONSTRAINT pk_webhooks PRIMARY KEY,
    organization_id TEXT    NOT NULL REFERENCES organizations (id),
    url             TEXT    NOT NULL,
    secret          TEXT    NOT NULL,
    created_at      INTEGER NOT NULL
);
CREATE INDEX ix_webhooks_organization_id ON webhooks (organization_id);
