-- Frontier models (issue 8, docs/adr/013): clearances beyond TLP, the model registry, the benchmark catalogue, evaluation runs,
-- threshold policies, determinations with recommendations and consultations, agreed terms, access windows and trusted partners.
CREATE TABLE member_clearances (
    member_id               uuid             NOT NULL CONSTRAINT pk_member_clearances PRIMARY KEY REFERENCES members (id),
    level                   text             NOT NULL,
    compartments            text             NOT NULL,
    need_to_know_groups     text             NOT NULL,
    duties                  text             NOT NULL,
    office                  text             NULL,
    granted_by              uuid             NOT NULL REFERENCES members (id),
    granted_at              timestamptz      NOT NULL
);
CREATE TABLE frontier_models (
    id                      uuid             NOT NULL CONSTRAINT pk_frontier_models PRIMARY KEY,
    organization_id         uuid             NOT NULL REFERENCES organizations (id),
    name                    text             NOT NULL,
    version                 text             NOT NULL,
    lineage                 text             NULL,
    modality                text             NOT NULL,
    training_compute_flop   double precision NULL,
    planned_partner_release timestamptz      NULL,
    planned_public_release  timestamptz      NULL,
    contacts                text             NOT NULL,
    registered_by           uuid             NOT NULL REFERENCES members (id),
    registered_at           timestamptz      NOT NULL,
    released_at             timestamptz      NULL,
    release_audience        text             NULL,
    marking                 text             NOT NULL
);
CREATE TABLE benchmark_tasks (
    id                      uuid             NOT NULL CONSTRAINT pk_benchmark_tasks PRIMARY KEY,
    task_key                text             NOT NULL,
    revision                integer          NOT NULL,
    organization_id         uuid             NOT NULL REFERENCES organizations (id),
    name                    text             NOT NULL,
    category                text             NOT NULL,
    family                  text             NULL,
    first_solve_minutes     double precision NULL,
    difficulty              text             NOT NULL,
    subtasks                text             NOT NULL,
    scoring_rule            text             NOT NULL,
    hidden_prompt           text             NULL,
    hidden_environment      text             NULL,
    hidden_flag             text             NULL,
    marking                 text             NOT NULL,
    hidden_marking          text             NOT NULL,
    added_by                uuid             NOT NULL REFERENCES members (id),
    added_at                timestamptz      NOT NULL
);
CREATE TABLE evaluation_runs (
    id                      uuid             NOT NULL CONSTRAINT pk_evaluation_runs PRIMARY KEY,
    model_id                uuid             NOT NULL REFERENCES frontier_models (id),
    organization_id         uuid             NOT NULL REFERENCES organizations (id),
    catalogue_version       integer          NOT NULL,
    source                  text             NOT NULL,
    conditions              text             NOT NULL,
    marking                 text             NOT NULL,
    submitted_by            uuid             NOT NULL REFERENCES members (id),
    submitted_at            timestamptz      NOT NULL
);
CREATE TABLE evaluation_samples (
    id                      uuid             NOT NULL CONSTRAINT pk_evaluation_samples PRIMARY KEY,
    run_id                  uuid             NOT NULL REFERENCES evaluation_runs (id),
    task_key                text             NOT NULL,
    epoch                   integer          NOT NULL,
    score                   double precision NOT NULL,
    subtasks_solved         integer          NULL
);
CREATE TABLE threshold_policies (
    version                 integer          NOT NULL CONSTRAINT pk_threshold_policies PRIMARY KEY,
    document                text             NOT NULL,
    published_by            uuid             NOT NULL REFERENCES members (id),
    published_at            timestamptz      NOT NULL
);
CREATE TABLE determinations (
    id                      uuid             NOT NULL CONSTRAINT pk_determinations PRIMARY KEY,
    model_id                uuid             NOT NULL REFERENCES frontier_models (id),
    developer_id            uuid             NOT NULL REFERENCES organizations (id),
    organization_id         uuid             NOT NULL REFERENCES organizations (id),
    origin                  text             NOT NULL,
    reason                  text             NULL,
    state                   text             NOT NULL,
    covered                 boolean          NULL,
    decision_reasons        text             NULL,
    decided_by              uuid             NULL REFERENCES members (id),
    decided_at              timestamptz      NULL,
    assessment_summary      text             NULL,
    assessment_reviewed_by  uuid             NULL REFERENCES members (id),
    assessment_released_at  timestamptz      NULL,
    marking                 text             NOT NULL,
    opened_by               uuid             NOT NULL REFERENCES members (id),
    opened_at               timestamptz      NOT NULL,
    withdrawn_at            timestamptz      NULL,
    withdraw_reason         text             NULL
);
CREATE TABLE recommendations (
    id                      uuid             NOT NULL CONSTRAINT pk_recommendations PRIMARY KEY,
    determination_id        uuid             NOT NULL REFERENCES determinations (id),
    policy_version          integer          NOT NULL REFERENCES threshold_policies (version),
    run_ids                 text             NOT NULL,
    outcome                 text             NOT NULL,
    findings                text             NOT NULL,
    holistic_judgment       text             NOT NULL,
    reevaluation_triggers   text             NOT NULL,
    recommended_by          uuid             NOT NULL REFERENCES members (id),
    recommended_at          timestamptz      NOT NULL
);
CREATE TABLE consultations (
    id                      uuid             NOT NULL CONSTRAINT pk_consultations PRIMARY KEY,
    determination_id        uuid             NOT NULL REFERENCES determinations (id),
    office                  text             NOT NULL,
    due_at                  timestamptz      NOT NULL,
    position                text             NOT NULL,
    reasons                 text             NULL,
    comments                text             NULL,
    requested_by            uuid             NOT NULL REFERENCES members (id),
    recorded_by             uuid             NULL REFERENCES members (id),
    recorded_at             timestamptz      NULL
);
CREATE TABLE terms_documents (
    id                      uuid             NOT NULL CONSTRAINT pk_terms_documents PRIMARY KEY,
    kind                    text             NOT NULL,
    audience                text             NOT NULL,
    version                 integer          NOT NULL,
    sha256                  text             NOT NULL,
    body                    text             NOT NULL,
    published_by            uuid             NOT NULL REFERENCES members (id),
    published_at            timestamptz      NOT NULL
);
CREATE TABLE terms_acceptances (
    id                      uuid             NOT NULL CONSTRAINT pk_terms_acceptances PRIMARY KEY,
    terms_id                uuid             NOT NULL REFERENCES terms_documents (id),
    member_id               uuid             NOT NULL REFERENCES members (id),
    accepted_at             timestamptz      NOT NULL
);
CREATE TABLE trusted_partners (
    id                      uuid             NOT NULL CONSTRAINT pk_trusted_partners PRIMARY KEY,
    model_id                uuid             NOT NULL REFERENCES frontier_models (id),
    partner_organization_id uuid             NOT NULL REFERENCES organizations (id),
    nominated_by            text             NOT NULL,
    nominated_by_member     uuid             NOT NULL REFERENCES members (id),
    rationale               text             NOT NULL,
    nominated_at            timestamptz      NOT NULL,
    developer_approved_by   uuid             NULL REFERENCES members (id),
    developer_approved_at   timestamptz      NULL,
    government_approved_by  uuid             NULL REFERENCES members (id),
    government_approved_at  timestamptz      NULL
);
CREATE TABLE access_windows (
    id                      uuid             NOT NULL CONSTRAINT pk_access_windows PRIMARY KEY,
    model_id                uuid             NOT NULL REFERENCES frontier_models (id),
    partner_id              uuid             NULL REFERENCES trusted_partners (id),
    partner_organization_id uuid             NULL REFERENCES organizations (id),
    starts_at               timestamptz      NOT NULL,
    ends_at                 timestamptz      NOT NULL,
    planned_partner_release timestamptz      NULL,
    ended_early_at          timestamptz      NULL,
    end_reason              text             NULL,
    opened_by               uuid             NOT NULL REFERENCES members (id),
    opened_at               timestamptz      NOT NULL
);
CREATE TABLE access_credentials (
    id                      uuid             NOT NULL CONSTRAINT pk_access_credentials PRIMARY KEY,
    window_id               uuid             NOT NULL REFERENCES access_windows (id),
    member_id               uuid             NOT NULL REFERENCES members (id),
    secret_hash             text             NOT NULL,
    issued_at               timestamptz      NOT NULL,
    expires_at              timestamptz      NOT NULL
);
CREATE TABLE access_events (
    id                      uuid             NOT NULL CONSTRAINT pk_access_events PRIMARY KEY,
    window_id               uuid             NOT NULL REFERENCES access_windows (id),
    member_id               uuid             NULL REFERENCES members (id),
    at                      timestamptz      NOT NULL,
    remote_address          text             NOT NULL,
    what                    text             NOT NULL,
    alerts                  text             NOT NULL
);
CREATE TABLE export_approvals (
    id                      uuid             NOT NULL CONSTRAINT pk_export_approvals PRIMARY KEY,
    window_id               uuid             NOT NULL REFERENCES access_windows (id),
    what                    text             NOT NULL,
    justification           text             NOT NULL,
    requested_by            uuid             NOT NULL REFERENCES members (id),
    requested_at            timestamptz      NOT NULL,
    approved_by             uuid             NULL REFERENCES members (id),
    approved_at             timestamptz      NULL
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
