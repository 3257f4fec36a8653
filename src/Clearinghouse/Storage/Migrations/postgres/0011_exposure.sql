-- Exposure (issue 7): the knowledge base of imported advisories, operators' assets and inventories, the exposures
-- matching found, their remediation history, and the organizations' webhooks. See docs/adr/011-exposure.md.
CREATE TABLE feed_documents (
    key         text    NOT NULL CONSTRAINT pk_feed_documents PRIMARY KEY,
    kind        text    NOT NULL,
    sha256      text    NOT NULL,
    content     bytea    NOT NULL,
    imported_at timestamptz NOT NULL
);

CREATE TABLE known_vulnerabilities (
    id          text    NOT NULL CONSTRAINT pk_known_vulnerabilities PRIMARY KEY,
    aliases     text    NOT NULL,
    summary     text    NULL,
    kev_added   date    NULL,
    updated_at  timestamptz NOT NULL
);

CREATE TABLE assets (
    id               uuid    NOT NULL CONSTRAINT pk_assets PRIMARY KEY,
    organization_id  uuid    NOT NULL REFERENCES organizations (id),
    name             text    NOT NULL,
    criticality      text    NOT NULL,
    internet_exposed boolean NOT NULL,
    created_at       timestamptz NOT NULL,
    deleted_at       timestamptz NULL
);
CREATE INDEX ix_assets_organization_id ON assets (organization_id);

CREATE TABLE inventories (
    id              uuid    NOT NULL CONSTRAINT pk_inventories PRIMARY KEY,
    asset_id        uuid    NOT NULL REFERENCES assets (id),
    organization_id uuid    NOT NULL REFERENCES organizations (id),
    version         integer NOT NULL,
    format          text    NOT NULL,
    component_count integer NOT NULL,
    unidentified    integer NOT NULL,
    is_current      boolean NOT NULL,
    uploaded_at     timestamptz NOT NULL,
    uploaded_by     uuid    NOT NULL REFERENCES members (id)
);
CREATE UNIQUE INDEX ix_inventories_asset_id_version ON inventories (asset_id, version);

CREATE TABLE inventory_components (
    id           uuid NOT NULL CONSTRAINT pk_inventory_components PRIMARY KEY,
    inventory_id uuid NOT NULL REFERENCES inventories (id),
    purl         text NOT NULL
);
CREATE INDEX ix_inventory_components_inventory_id ON inventory_components (inventory_id);

CREATE TABLE exposures (
    id                uuid    NOT NULL CONSTRAINT pk_exposures PRIMARY KEY,
    organization_id   uuid    NOT NULL REFERENCES organizations (id),
    asset_id          uuid    NOT NULL REFERENCES assets (id),
    vulnerability_id  text    NOT NULL,
    component         text    NOT NULL,
    fixed_versions    text    NOT NULL,
    status            text    NOT NULL,
    justification     text    NULL,
    expires_on        date    NULL,
    first_seen_at     timestamptz NOT NULL,
    status_changed_at timestamptz NOT NULL
);
CREATE UNIQUE INDEX ix_exposures_asset_id_vulnerability_id_component ON exposures (asset_id, vulnerability_id, component);
CREATE INDEX ix_exposures_organization_id_status ON exposures (organization_id, status);

CREATE TABLE exposure_status_changes (
    id            uuid    NOT NULL CONSTRAINT pk_exposure_status_changes PRIMARY KEY,
    exposure_id   uuid    NOT NULL REFERENCES exposures (id),
    status        text    NOT NULL,
    justification text    NULL,
    expires_on    date    NULL,
    note          text    NULL,
    changed_at    timestamptz NOT NULL,
    changed_by    uuid    NULL REFERENCES members (id)
);
CREATE INDEX ix_exposure_status_changes_exposure_id ON exposure_status_changes (exposure_id);

CREATE TABLE webhooks (
    id              uuid    NOT NULL CONSTRAINT pk_webhooks PRIMARY KEY,
    organization_id uuid    NOT NULL REFERENCES organizations (id),
    url             text    NOT NULL,
    secret          text    NOT NULL,
    created_at      timestamptz NOT NULL
);
CREATE INDEX ix_webhooks_organization_id ON webhooks (organization_id);
