-- Foundation: participants, tokens and the audit chain.

CREATE TABLE organizations (
    id            uuid        NOT NULL CONSTRAINT pk_organizations PRIMARY KEY,
    name          text        NOT NULL,
    kind          text        NOT NULL,
    sector        text        NULL,
    size_tier     text        NULL,
    tlp           text        NOT NULL,
    contact_email text        NULL,
    enrolled_at   timestamptz NOT NULL,
    left_at       timestamptz NULL
);

CREATE TABLE members (
    id              uuid        NOT NULL CONSTRAINT pk_members PRIMARY KEY,
    organization_id uuid        NOT NULL REFERENCES organizations (id),
    display_name    text        NOT NULL,
    email           text        NOT NULL,
    role            text        NOT NULL,
    added_at        timestamptz NOT NULL,
    removed_at      timestamptz NULL
);
CREATE INDEX ix_members_organization_id ON members (organization_id);
CREATE UNIQUE INDEX ix_members_email ON members (email) WHERE removed_at IS NULL;

CREATE TABLE api_tokens (
    id          uuid        NOT NULL CONSTRAINT pk_api_tokens PRIMARY KEY,
    member_id   uuid        NOT NULL REFERENCES members (id),
    name        text        NOT NULL,
    secret_hash text        NOT NULL,
    prefix      text        NOT NULL,
    issued_at   timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL,
    revoked_at  timestamptz NULL,
    issued_by   uuid        NULL
);
CREATE UNIQUE INDEX ix_api_tokens_secret_hash ON api_tokens (secret_hash);
CREATE INDEX ix_api_tokens_member_id ON api_tokens (member_id);

CREATE TABLE audit_entries (
    sequence                bigint      NOT NULL CONSTRAINT pk_audit_entries PRIMARY KEY,
    occurred_at             timestamptz NOT NULL,
    actor_member_id         uuid        NULL,
    actor_organization_id   uuid        NULL,
    action                  text        NOT NULL,
    subject_type            text        NOT NULL,
    subject_id              text        NOT NULL,
    subject_organization_id uuid        NULL,
    before_digest           text        NULL,
    after_digest            text        NULL,
    previous_hash           text        NOT NULL,
    hash                    text        NOT NULL,
    scheme                  integer     NOT NULL
);
CREATE UNIQUE INDEX ix_audit_entries_previous_hash ON audit_entries (previous_hash);
CREATE INDEX ix_audit_entries_subject_organization_id_sequence ON audit_entries (subject_organization_id, sequence);

-- Append-only: the application never updates or deletes an entry. This trigger stops accidents;
-- the hash chain detects whoever drops it first.
CREATE FUNCTION audit_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_entries is append-only';
END $$;
CREATE TRIGGER audit_entries_no_change BEFORE UPDATE OR DELETE ON audit_entries
    FOR EACH ROW EXECUTE FUNCTION audit_entries_append_only();
