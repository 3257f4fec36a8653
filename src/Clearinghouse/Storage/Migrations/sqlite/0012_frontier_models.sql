-- Frontier models (issue 8, docs/adr/013): clearances beyond TLP, the model registry, the benchmark catalogue, evaluation runs,
-- threshold policies, determinations with recommendations and consultations, agreed terms, access windows and trusted partners.
CREATE TABLE member_clearances (
    member_id               TEXT             NOT NULL CONSTRAINT pk_member_clearances PRIMARY KEY REFERENCES members (id),
    level                   TEXT             NOT NULL,
    compartments            TEXT             NOT NULL,
    need_to_know_groups     TEXT             NOT NULL,
    duties                  TEXT             NOT NULL,
    office                  TEXT             NULL,
    granted_by              TEXT             NOT NULL REFERENCES members (id),
    granted_at              INTEGER          NOT NULL
);
CREATE TABLE frontier_models (
    id                      TEXT             NOT NULL CONSTRAINT pk_frontier_models PRIMARY KEY,
    organization_id         TEXT             NOT NULL REFERENCES organizations (id),
    name                    TEXT             NOT NULL,
    version                 TEXT             NOT NULL,
    lineage                 TEXT             NULL,
    modality                TEXT             NOT NULL,
    training_compute_flop   REAL             NULL,
    planned_partner_release INTEGER          NULL,
    planned_public_release  INTEGER          NULL,
    contacts                TEXT             NOT NULL,
    registered_by           TEXT             NOT NULL REFERENCES members (id),
    registered_at           INTEGER          NOT NULL,
    released_at             INTEGER          NULL,
    release_audience        TEXT             NULL,
    marking                 TEXT             NOT NULL
);
CREATE TABLE benchmark_tasks (
    id                      TEXT             NOT NULL CONSTRAINT pk_benchmark_tasks PRIMARY KEY,
    task_key                TEXT             NOT NULL,
    revision                INTEGER          NOT NULL,
    organization_id         TEXT             NOT NULL REFERENCES organizations (id),
    name                    TEXT             NOT NULL,
    category                TEXT             NOT NULL,
    family                  TEXT             NULL,
    first_solve_minutes     REAL             NULL,
    difficulty              TEXT             NOT NULL,
    subtasks                TEXT             NOT NULL,
    scoring_rule            TEXT             NOT NULL,
    hidden_prompt           TEXT             NULL,
    hidden_environment      TEXT             NULL,
    hidden_flag             TEXT             NULL,
    marking                 TEXT             NOT NULL,
    hidden_marking          TEXT             NOT NULL,
    added_by                TEXT             NOT NULL REFERENCES members (id),
    added_at                INTEGER          NOT NULL
);
CREATE TABLE evaluation_runs (
    id                      TEXT             NOT NULL CONSTRAINT pk_evaluation_runs PRIMARY KEY,
    model_id                TEXT             NOT NULL REFERENCES frontier_models (id),
    organization_id         TEXT             NOT NULL REFERENCES organizations (id),
    catalogue_version       INTEGER          NOT NULL,
    source                  TEXT             NOT NULL,
    conditions              TEXT             NOT NULL,
    marking                 TEXT             NOT NULL,
    submitted_by            TEXT             NOT NULL REFERENCES members (id),
    submitted_at            INTEGER          NOT NULL
);
CREATE TABLE evaluation_samples (
    id                      TEXT             NOT NULL CONSTRAINT pk_evaluation_samples PRIMARY KEY,
    run_id                  TEXT             NOT NULL REFERENCES evaluation_runs (id),
    task_key                TEXT             NOT NULL,
    epoch                   INTEGER          NOT NULL,
    score                   REAL             NOT NULL,
    subtasks_solved         INTEGER          NULL
);
CREATE TABLE threshold_policies (
    version                 INTEGER          NOT NULL CONSTRAINT pk_threshold_policies PRIMARY KEY,
    document                TEXT             NOT NULL,
    published_by            TEXT             NOT NULL REFERENCES members (id),
    published_at            INTEGER          NOT NULL
);
CREATE TABLE determinations (
    id                      TEXT             NOT NULL CONSTRAINT pk_determinations PRIMARY KEY,
    model_id                TEXT             NOT NULL REFERENCES frontier_models (id),
    developer_id            TEXT             NOT NULL REFERENCES organizations (id),
    organization_id         TEXT             NOT NULL REFERENCES organizations (id),
    origin                  TEXT             NOT NULL,
    reason                  TEXT             NULL,
    state                   TEXT             NOT NULL,
    covered                 INTEGER          NULL,
    decision_reasons        TEXT             NULL,
    decided_by              TEXT             NULL REFERENCES members (id),
    decided_at              INTEGER          NULL,
    assessment_summary      TEXT             NULL,
    assessment_reviewed_by  TEXT             NULL REFERENCES members (id),
    assessment_released_at  INTEGER          NULL,
    marking                 TEXT             NOT NULL,
    opened_by               TEXT             NOT NULL REFERENCES members (id),
    opened_at               INTEGER          NOT NULL,
    withdrawn_at            INTEGER          NULL,
    withdraw_reason         TEXT             NULL
);
CREATE TABLE recommendations (
    id                      TEXT             NOT NULL CONSTRAINT pk_recommendations PRIMARY KEY,
    determination_id        TEXT             NOT NULL REFERENCES determinations (id),
    policy_version          INTEGER          NOT NULL REFERENCES threshold_policies (version),
    run_ids                 TEXT             NOT NULL,
    outcome                 TEXT             NOT NULL,
    findings                TEXT             NOT NULL,
    holistic_judgment       TEXT             NOT NULL,
    reevaluation_triggers   TEXT             NOT NULL,
    recommended_by          TEXT             NOT NULL REFERENCES members (id),
    recommended_at          INTEGER          NOT NULL
);
CREATE TABLE consultations (
    id                      TEXT             NOT NULL CONSTRAINT pk_consultations PRIMARY KEY,
    determination_id        TEXT             NOT NULL REFERENCES determinations (id),
    office                  TEXT             NOT NULL,
    due_at                  INTEGER          NOT NULL,
    position                TEXT             NOT NULL,
    reasons                 TEXT             NULL,
    comments                TEXT             NULL,
    requested_by            TEXT             NOT NULL REFERENCES members (id),
    recorded_by             TEXT             NULL REFERENCES members (id),
    recorded_at             INTEGER          NULL
);
CREATE TABLE terms_documents (
    id                      TEXT             NOT NULL CONSTRAINT pk_terms_documents PRIMARY KEY,
    kind                    TEXT             NOT NULL,
    audience                TEXT             NOT NULL,
    version                 INTEGER          NOT NULL,
    sha256                  TEXT             NOT NULL,
    body                    TEXT             NOT NULL,
    published_by            TEXT             NOT NULL REFERENCES members (id),
    published_at            INTEGER          NOT NULL
);
CREATE TABLE terms_acceptances (
    id                      TEXT             NOT NULL CONSTRAINT pk_terms_acceptances PRIMARY KEY,
    terms_id                TEXT             NOT NULL REFERENCES terms_documents (id),
    member_id               TEXT             NOT NULL REFERENCES members (id),
    accepted_at             INTEGER          NOT NULL
);
CREATE TABLE trusted_partners (
    id                      TEXT             NOT NULL CONSTRAINT pk_trusted_partners PRIMARY KEY,
    model_id                TEXT             NOT NULL REFERENCES frontier_models (id),
    partner_organization_id TEXT             NOT NULL REFERENCES organizations (id),
    nominated_by            TEXT             NOT NULL,
    nominated_by_member     TEXT             NOT NULL REFERENCES members (id),
    rationale               TEXT             NOT NULL,
    nominated_at            INTEGER          NOT NULL,
    developer_approved_by   TEXT             NULL REFERENCES members (id),
    developer_approved_at   INTEGER          NULL,
    government_approved_by  TEXT             NULL REFERENCES members (id),
    government_approved_at  INTEGER          NULL
);
CREATE TABLE access_windows (
    id                      TEXT             NOT NULL CONSTRAINT pk_access_windows PRIMARY KEY,
    model_id                TEXT             NOT NULL REFERENCES frontier_models (id),
    partner_id              TEXT             NULL REFERENCES trusted_partners (id),
    partner_organization_id TEXT             NULL REFERENCES organizations (id),
    starts_at               INTEGER          NOT NULL,
    ends_at                 INTEGER          NOT NULL,
    planned_partner_release INTEGER          NULL,
    ended_early_at          INTEGER          NULL,
    end_reason              TEXT             NULL,
    opened_by               TEXT             NOT NULL REFERENCES members (id),
    opened_at               INTEGER          NOT NULL
);
CREATE TABLE access_credentials (
    id                      TEXT             NOT NULL CONSTRAINT pk_access_credentials PRIMARY KEY,
    window_id               TEXT             NOT NULL REFERENCES access_windows (id),
    member_id               TEXT             NOT NULL REFERENCES members (id),
    secret_hash             TEXT             NOT NULL,
    issued_at               INTEGER          NOT NULL,
    expires_at              INTEGER          NOT NULL
);
CREATE TABLE access_events (
    id                      TEXT             NOT NULL CONSTRAINT pk_access_events PRIMARY KEY,
    window_id               TEXT             NOT NULL REFERENCES access_windows (id),
    member_id               TEXT             NULL REFERENCES members (id),
    at                      INTEGER          NOT NULL,
    remote_address          TEXT             NOT NULL,
    what                    TEXT             NOT NULL,
    alerts                  TEXT             NOT NULL
);
CREATE TABLE export_approvals (
    id                      TEXT             NOT NULL CONSTRAINT pk_export_approvals PRIMARY KEY,
    window_id               TEXT             NOT NULL REFERENCES access_windows (id),
    what                    TEXT             NOT NULL,
    justification           TEXT             NOT NULL,
    requested_by            TEXT             NOT NULL REFERENCES members (id),
    requested_at            INTEGER          NOT NULL,
    approved_by             TEXT             NULL REFERENCES members (id),
    approved_at             INTEGER          NULL
);
CREATE UNIQUE INDEX ix_benchmark_tasks_task_key_revision ON benchmark_tasks (task_key, revision);
CREATE INDEX ix_evaluation_samples_run_id ON evaluation_samples (run_id);
CREATE INDEX ix_evaluation_runs_model_id ON evaluation_runs (model_id);
CREATE INDEX ix_determinations_model_id ON determinations (model_id);
CREATE INDEX ix_recommendations_determination_id ON recommendations (determination_id);
CREATE INDEX ix_consultations_determination_id ON consultations (determination_id);
CREATE UNIQUE INDEX ix_terms_documents_kind_audience_version ON terms_documents (kind, audience, version);
CREATE UNIQUE INDEX ix_terms_acceptances_terms_id_member_id ON terms_acceptances (terms_id, member_id);
CREATE INDEX ix_access_windows_model_id ON access_windows (model_id);
CREATE UNIQUE INDEX ix_access_credentials_secret_hash ON access_credentials (secret_hash);
CREATE INDEX ix_access_events_window_id ON access_events (window_id);
CREATE UNIQUE INDEX ix_trusted_partners_model_id_partner_organization_id ON trusted_partners (model_id, partner_organization_id);
