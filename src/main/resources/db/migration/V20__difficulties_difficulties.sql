-- The category taxonomy: configuration, not code. answer_days is the answer deadline in working days.
CREATE TABLE difficulties_category (
    code         VARCHAR(40) PRIMARY KEY,
    position     INT NOT NULL,
    label_vi     VARCHAR(200) NOT NULL,
    label_en     VARCHAR(200) NOT NULL,
    label_de     VARCHAR(200) NOT NULL,
    answer_days  INT NOT NULL,
    active       BOOLEAN NOT NULL
);
INSERT INTO difficulties_category (code, position, label_vi, label_en, label_de, answer_days, active) VALUES
 ('INFRASTRUCTURE', 1, 'Hạ tầng, trang thiết bị', 'Infrastructure and equipment', 'Infrastruktur und Ausstattung', 15, TRUE),
 ('STAFFING', 2, 'Nhân sự, khối lượng công việc', 'Staffing and workload', 'Personal und Arbeitslast', 15, TRUE),
 ('SKILLS_TRAINING', 3, 'Kỹ năng công nghệ thông tin, đào tạo', 'IT skills and training', 'IT-Kenntnisse und Schulung', 15, TRUE),
 ('DIGITAL_TRANSFORMATION', 4, 'Chuyển đổi số', 'Digital transformation', 'Digitale Transformation', 15, TRUE),
 ('FINANCE_ASSETS', 5, 'Tài chính, tài sản', 'Finance and assets', 'Finanzen und Vermögen', 15, TRUE),
 ('MECHANISMS_POLICY', 6, 'Cơ chế, chính sách', 'Mechanisms and policy', 'Mechanismen und Politik', 20, TRUE),
 ('ADMIN_PROCEDURES', 7, 'Thủ tục hành chính', 'Administrative procedures', 'Verwaltungsverfahren', 15, TRUE),
 ('PROJECTS', 8, 'Dự án (di dời chung cư cũ, …)', 'Projects (e.g. resettlement from dilapidated apartment blocks)', 'Projekte (z. B. Umsiedlung aus baufälligen Wohnblöcken)', 20, TRUE),
 ('OTHER', 9, 'Khác', 'Other', 'Sonstiges', 15, TRUE);

CREATE TABLE difficulties_difficulty (
    id                  UUID PRIMARY KEY,
    unit_id             UUID NOT NULL,
    unit_name           VARCHAR(300) NOT NULL,
    title               VARCHAR(300) NOT NULL,
    description         VARCHAR(4000) NOT NULL,
    recommendation      VARCHAR(4000) NOT NULL,
    search_key          VARCHAR(9000) NOT NULL,
    category            VARCHAR(40) NOT NULL REFERENCES difficulties_category (code),
    severity            VARCHAR(10) NOT NULL,
    addressee_type      VARCHAR(20) NOT NULL,
    addressee_unit_id   UUID,
    addressee_name      VARCHAR(300) NOT NULL,
    source              VARCHAR(20) NOT NULL,
    source_ref          VARCHAR(500),
    confidential        BOOLEAN NOT NULL,
    state               VARCHAR(20) NOT NULL,
    assignee            VARCHAR(200),
    submitted_on        DATE,
    due_date            DATE,
    answered_on         DATE,
    closed_at           TIMESTAMP WITH TIME ZONE,
    created_by          UUID NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version             BIGINT NOT NULL
);
CREATE INDEX ix_difficulties_difficulty_unit ON difficulties_difficulty (unit_id, state);
CREATE INDEX ix_difficulties_difficulty_addressee ON difficulties_difficulty (addressee_unit_id, state, due_date);
CREATE INDEX ix_difficulties_difficulty_state ON difficulties_difficulty (state, category);

-- The thread of a difficulty: answers, feedback, questions and the notes that go with state changes.
CREATE TABLE difficulties_entry (
    id             UUID PRIMARY KEY,
    difficulty_id  UUID NOT NULL REFERENCES difficulties_difficulty (id),
    kind           VARCHAR(20) NOT NULL,
    text           VARCHAR(4000) NOT NULL,
    author_id      UUID NOT NULL,
    author_name    VARCHAR(200) NOT NULL,
    author_role    VARCHAR(40) NOT NULL,
    author_unit    VARCHAR(300),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    edited_at      TIMESTAMP WITH TIME ZONE,
    version        BIGINT NOT NULL
);
CREATE INDEX ix_difficulties_entry_difficulty ON difficulties_entry (difficulty_id, created_at);

-- "We have this too": one co-signature per unit, with that unit's own detail.
CREATE TABLE difficulties_cosign (
    difficulty_id  UUID NOT NULL REFERENCES difficulties_difficulty (id),
    unit_id        UUID NOT NULL,
    unit_name      VARCHAR(300) NOT NULL,
    detail         VARCHAR(4000) NOT NULL,
    signed_by      UUID NOT NULL,
    signed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (difficulty_id, unit_id)
);

CREATE TABLE difficulties_common (
    id               UUID PRIMARY KEY,
    title            VARCHAR(300) NOT NULL,
    summary          VARCHAR(4000) NOT NULL,
    categories       VARCHAR(400) NOT NULL,
    working_group_id UUID,
    created_by       UUID NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT NOT NULL
);

CREATE TABLE difficulties_common_member (
    common_id      UUID NOT NULL REFERENCES difficulties_common (id),
    difficulty_id  UUID NOT NULL REFERENCES difficulties_difficulty (id),
    added_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (common_id, difficulty_id)
);
CREATE INDEX ix_difficulties_common_member_difficulty ON difficulties_common_member (difficulty_id);

-- A person's verdict on a suggested grouping (key: hash of its sorted member ids), so it is not suggested again.
CREATE TABLE difficulties_suggestion_decision (
    suggestion_key  VARCHAR(64) PRIMARY KEY,
    decision        VARCHAR(20) NOT NULL,
    common_id       UUID,
    decided_by      UUID NOT NULL,
    decided_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE difficulties_proposal (
    id                  UUID PRIMARY KEY,
    title               VARCHAR(300) NOT NULL,
    problem             VARCHAR(4000) NOT NULL,
    mechanism           VARCHAR(4000) NOT NULL,
    deciding_body       VARCHAR(300) NOT NULL,
    requested_decision  VARCHAR(4000) NOT NULL,
    requested_by        DATE,
    state               VARCHAR(20) NOT NULL,
    decision_text       VARCHAR(4000),
    decision_date       DATE,
    working_group_id    UUID,
    created_by          UUID NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version             BIGINT NOT NULL
);

CREATE TABLE difficulties_proposal_common (
    proposal_id  UUID NOT NULL REFERENCES difficulties_proposal (id),
    common_id    UUID NOT NULL REFERENCES difficulties_common (id),
    PRIMARY KEY (proposal_id, common_id)
);
