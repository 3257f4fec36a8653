-- Issue 7, scopes 5 to 7: directives (BOD-style, versioned, with machine-checkable rules), the state an organization is
-- in (for aggregate figures), and the due-soon notices already sent. See docs/adr/014-directives-figures-due-soon.md.
ALTER TABLE organizations ADD COLUMN state text NULL;

CREATE TABLE directives (
    id                uuid    NOT NULL CONSTRAINT pk_directives PRIMARY KEY,
    reference         text    NOT NULL,
    current_version   integer NOT NULL,
    issued_at         timestamptz NOT NULL,
    issued_by         uuid    NOT NULL REFERENCES members (id),
    withdrawn_at      timestamptz NULL,
    withdrawal_reason text    NULL
);
CREATE UNIQUE INDEX ix_directives_reference ON directives (reference);

CREATE TABLE directive_versions (
    id             uuid    NOT NULL CONSTRAINT pk_directive_versions PRIMARY KEY,
    directive_id   uuid    NOT NULL REFERENCES directives (id),
    version        integer NOT NULL,
    title          text    NOT NULL,
    summary        text    NULL,
    target_kinds   text    NOT NULL,
    target_sectors text    NOT NULL,
    effective_on   date    NOT NULL,
    note           text    NULL,
    created_at     timestamptz NOT NULL,
    created_by     uuid    NOT NULL REFERENCES members (id)
);
CREATE UNIQUE INDEX ix_directive_versions_directive_id_version ON directive_versions (directive_id, version);

CREATE TABLE directive_rules (
    id                    uuid    NOT NULL CONSTRAINT pk_directive_rules PRIMARY KEY,
    directive_version_id  uuid    NOT NULL REFERENCES directive_versions (id),
    ordinal               integer NOT NULL,
    kind                  text    NOT NULL,
    minimum_severity      text    NULL,
    minimum_decision      text    NULL,
    within_days           integer NOT NULL,
    publicly_exposed_only boolean NOT NULL
);
CREATE INDEX ix_directive_rules_directive_version_id ON directive_rules (directive_version_id);

CREATE TABLE due_soon_notices (
    exposure_id uuid    NOT NULL REFERENCES exposures (id),
    due_date    date    NOT NULL,
    sent_at     timestamptz NOT NULL,
    CONSTRAINT pk_due_soon_notices PRIMARY KEY (exposure_id, due_date)
);
