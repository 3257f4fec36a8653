-- Foundation: participants, tokens and the audit chain.
-- Instants are INTEGER Unix microseconds (UTC); ids are TEXT UUIDs as EF Core's SQLite provider writes them.

CREATE TABLE organizations (
    id            TEXT    NOT NULL CONSTRAINT pk_organizations PRIMARY KEY,
    name          TEXT    NOT NULL,
    kind          TEXT    NOT NULL,
    sector        TEXT    NULL,
    size_tier     TEXT    NULL,
    tlp           TEXT    NOT NULL,
    contact_email TEXT    NULL,
    enrolled_at   INTEGER NOT NULL,
    left_at       INTEGER NULL
);

CREATE TABLE members (
    id              TEXT    NOT NULL CONSTRAINT pk_members PRIMARY KEY,
    organization_id TEXT    NOT NULL REFERENCES organizations (id),
    display_name    TEXT    NOT NULL,
    email           TEXT    NOT NULL,
    role            TEXT    NOT NULL,
    added_at        INTEGER NOT NULL,
    removed_at      INTEGER NULL
);
CREATE INDEX ix_members_organization_id ON members (organization_id);
CREATE UNIQUE INDEX ix_members_email ON members (email) WHERE removed_at IS NULL;

CREATE TABLE api_tokens (
    id          TEXT    NOT NULL CONSTRAINT pk_api_tokens PRIMARY KEY,
    member_id   TEXT    NOT NULL REFERENCES members (id),
    name        TEXT    NOT NULL,
    secret_hash TEXT    NOT NULL,
    prefix      TEXT    NOT NULL,
    issued_at   INTEGER NOT NULL,
    expires_at  INTEGER NOT NULL,
    revoked_at  INTEGER NULL,
    issued_by   TEXT    NULL
);
CREATE UNIQUE INDEX ix_api_tokens_secret_hash ON api_tokens (secret_hash);
CREATE INDEX ix_api_tokens_member_id ON api_tokens (member_id);

CREATE TABLE audit_entries (
    sequence                INTEGER NOT NULL CONSTRAINT pk_audit_entries PRIMARY KEY,
    occurred_at             INTEGER NOT NULL,
    actor_member_id         TEXT    NULL,
    actor_organization_id   TEXT    NULL,
    action                  TEXT    NOT NULL,
    subject_type            TEXT    NOT NULL,
    subject_id              TEXT    NOT NULL,
    subject_organization_id TEXT    NULL,
    before_digest           TEXT    NULL,
    after_digest            TEXT    NULL,
    previous_hash           TEXT    NOT NULL,
    hash                    TEXT    NOT NULL,
    scheme                  INTEGER NOT NULL
);
CREATE UNIQUE INDEX ix_audit_entries_previous_hash ON audit_entries (previous_hash);
CREATE INDEX ix_audit_entries_subject_organization_id_sequence ON audit_entries (subject_organization_id, sequence);

-- Append-only: the application never updates or deletes an entry. These triggers stop accidents;
-- the hash chain detects whoever drops them first.
CREATE TRIGGER audit_entries_no_update BEFORE UPDATE ON audit_entries
BEGIN SELECT RAISE(ABORT, 'audit_entries is append-only'); END;
CREATE TRIGGER audit_entries_no_delete BEFORE DELETE ON audit_entries
BEGIN SELECT RAISE(ABORT, 'audit_entries is append-only'); END;
