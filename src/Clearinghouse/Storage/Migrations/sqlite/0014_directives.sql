-- Issue 7, scopes 5 to 7: directives (BOD-style, versioned, with machine-checkable rules), the state an organization is
-- in (for aggregate figures), and the due-soon notices already sent. See docs/adr/014-directives-figures-due-soon.md.
ALTER TABLE organizations ADD COLUMN state TEXT NULL;

CREATE TABLE directives (
    id                TEXT    NOT NULL CONSTRAINT pk_directives PRIMARY KEY,
    reference         TEXT    NOT NULL,
    current_version   INTEGER NOT NULL,
    issued_at         INTEGER NOT NULL,
    issued_by         TEXT    NOT NULL REFERENCES members (id),
    withdrawn_at      INTEGER NULL,
    withdrawal_reason TEXT    NULL
);
CREATE UNIQUE INDEX ix_directives_reference ON directives (reference);

CREATE TABLE directive_versions (
    id             TEXT    NOT NULL CONSTRAINT pk_directive_versions PRIMARY KEY,
    directive_id   TEXT    NOT NULL REFERENCES directives (id),
    version        INTEGER NOT NULL,
    title          TEXT    NOT NULL,
    summary        TEXT    NULL,
    target_kinds   TEXT    NOT NULL,
    target_sectors TEXT    NOT NULL,
    effective_on   TEXT    NOT NULL,
    note           TEXT    NULL,
    created_at     INTEGER NOT NULL,
    created_by     TEXT    NOT NULL REFERENCES members (id)
);
CREATE UNIQUE INDEX ix_directive_versions_directive_id_version ON directive_versions (directive_id, version);

CREATE TABLE directive_rules (
    id                    TEXT    NOT NULL CONSTRAINT pk_directive_rules PRIMARY KEY,
    directive_version_id  TEXT    NOT NULL REFERENCES directive_versions (id),
    ordinal               INTEGER NOT NULL,
    kind                  TEXT    NOT NULL,
    minimum_severity      TEXT    NULL,
    minimum_decision      TEXT    NULL,
    within_days           INTEGER NOT NULL,
    publicly_exposed_only INTEGER NOT NULL
);
CREATE INDEX ix_directive_rules_directive_version_id ON directive_rules (directive_version_id);

CREATE TABLE due_soon_notices (
    exposure_id TEXT    NOT NULL REFERENCES exposures (id),
    due_date    TEXT    NOT NULL,
    sent_at     INTEGER NOT NULL,
    CONSTRAINT pk_due_soon_notices PRIMARY KEY (exposure_id, due_date)
);
