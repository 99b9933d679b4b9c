-- Training: a topic catalogue, completion rules and coverage targets held as data; courses with their sessions,
-- enrolments (with attendance per session, pre- and post-test scores, completion and certificate), and training
-- requests from units.

-- counts_for: a topic whose completions also cover another topic (comprehensive DT training covers basic IT);
-- register_standard: the staff register's tested skill (basic IT standard or above) covers the topic.
CREATE TABLE training_topic (
    code              VARCHAR(40)  PRIMARY KEY,
    label_vi          VARCHAR(300) NOT NULL,
    label_en          VARCHAR(300) NOT NULL,
    label_de          VARCHAR(300) NOT NULL,
    counts_for        VARCHAR(40),
    register_standard BOOLEAN      NOT NULL,
    valid_months      INTEGER,
    sort_order        INTEGER      NOT NULL
);

INSERT INTO training_topic (code, label_vi, label_en, label_de, counts_for, register_standard, valid_months, sort_order) VALUES
    ('BASIC_IT', 'Kỹ năng sử dụng công nghệ thông tin cơ bản', 'Basic IT skills', 'IT-Grundkenntnisse', NULL, TRUE, NULL, 10),
    ('DT_COMPREHENSIVE', 'Chuyển đổi số toàn diện cho cán bộ, công chức phường', 'Comprehensive digital transformation for ward officers',
        'Umfassende digitale Transformation für Bedienstete der Stadtbezirke', 'BASIC_IT', FALSE, 36, 20),
    ('ONLINE_SERVICES', 'Dịch vụ công trực tuyến và Cổng dịch vụ công', 'Online public services and the public service portal',
        'Online-Verwaltungsdienste und das Serviceportal', NULL, FALSE, 24, 30),
    ('DIGITAL_SIGNATURE', 'Chữ ký số và văn bản điện tử', 'Digital signatures and electronic documents',
        'Digitale Signaturen und elektronische Dokumente', NULL, FALSE, 24, 40),
    ('INFO_SECURITY', 'An toàn thông tin và bảo vệ dữ liệu cá nhân', 'Information security and personal data protection',
        'Informationssicherheit und Schutz personenbezogener Daten', NULL, FALSE, 12, 50),
    ('DATA_MANAGEMENT', 'Quản lý, khai thác dữ liệu và cơ sở dữ liệu quốc gia', 'Managing and using data and the national databases',
        'Verwaltung und Nutzung von Daten und nationalen Datenbanken', NULL, FALSE, 24, 60);

-- When an enrolment is complete: attendance of the sessions that count for it, and the post-test score.
CREATE TABLE training_rule (
    code                   VARCHAR(40) PRIMARY KEY,
    min_attendance_percent INTEGER     NOT NULL,
    min_post_score         INTEGER     NOT NULL
);
INSERT INTO training_rule (code, min_attendance_percent, min_post_score) VALUES ('STANDARD', 80, 70);

-- Coverage targets per topic: the share of a unit's current officers covered by a date.
CREATE TABLE training_target (
    topic_code     VARCHAR(40) PRIMARY KEY REFERENCES training_topic (code),
    target_percent INTEGER     NOT NULL,
    due_on         DATE        NOT NULL
);
INSERT INTO training_target (topic_code, target_percent, due_on) VALUES
    ('BASIC_IT', 100, DATE '2026-12-31'),
    ('DT_COMPREHENSIVE', 50, DATE '2026-12-31'),
    ('INFO_SECURITY', 30, DATE '2026-12-31');

CREATE TABLE training_course (
    id         UUID PRIMARY KEY,
    topic_code VARCHAR(40)   NOT NULL REFERENCES training_topic (code),
    title      VARCHAR(300)  NOT NULL,
    hours      DECIMAL(6, 1) NOT NULL,
    mode       VARCHAR(20)   NOT NULL,
    rule_code  VARCHAR(40)   NOT NULL REFERENCES training_rule (code),
    organiser  VARCHAR(300)  NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version    BIGINT        NOT NULL
);
CREATE INDEX training_course_topic ON training_course (topic_code, created_at);

CREATE TABLE training_session (
    id        UUID PRIMARY KEY,
    course_id UUID          NOT NULL REFERENCES training_course (id),
    held_on   DATE          NOT NULL,
    place     VARCHAR(300),
    link      VARCHAR(300),
    trainer   VARCHAR(300)  NOT NULL,
    capacity  INTEGER       NOT NULL
);
CREATE INDEX training_session_course ON training_session (course_id, held_on);

-- An enrolment counts the course's sessions held on or after enrolled_on. session_id is the session enrolled into
-- (whose capacity it takes).
CREATE TABLE training_enrolment (
    id                UUID PRIMARY KEY,
    course_id         UUID         NOT NULL REFERENCES training_course (id),
    session_id        UUID         NOT NULL REFERENCES training_session (id),
    person_id         UUID         NOT NULL,
    unit_id           UUID         NOT NULL,
    full_name         VARCHAR(300) NOT NULL,
    enrolled_on       DATE         NOT NULL,
    pre_score         INTEGER,
    post_score        INTEGER,
    completed_on      DATE,
    certificate_code  VARCHAR(20),
    certificate_expires_on DATE,
    version           BIGINT       NOT NULL,
    CONSTRAINT training_enrolment_once UNIQUE (course_id, person_id),
    CONSTRAINT training_enrolment_certificate UNIQUE (certificate_code)
);
CREATE INDEX training_enrolment_unit ON training_enrolment (unit_id, completed_on);
CREATE INDEX training_enrolment_session ON training_enrolment (session_id);

CREATE TABLE training_attendance (
    enrolment_id UUID    NOT NULL REFERENCES training_enrolment (id),
    session_id   UUID    NOT NULL REFERENCES training_session (id),
    present      BOOLEAN NOT NULL,
    PRIMARY KEY (enrolment_id, session_id)
);

CREATE TABLE training_request (
    id               UUID PRIMARY KEY,
    unit_id          UUID          NOT NULL,
    topic_code       VARCHAR(40)   NOT NULL REFERENCES training_topic (code),
    people           INTEGER       NOT NULL,
    preferred_period VARCHAR(7)    NOT NULL,
    reason           VARCHAR(2000) NOT NULL,
    state            VARCHAR(20)   NOT NULL,
    session_id       UUID REFERENCES training_session (id),
    enrolled         INTEGER       NOT NULL,
    decision_reason  VARCHAR(2000),
    requested_by     VARCHAR(100)  NOT NULL,
    requested_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_at       TIMESTAMP WITH TIME ZONE,
    version          BIGINT        NOT NULL
);
CREATE INDEX training_request_unit ON training_request (unit_id, requested_at);
CREATE INDEX training_request_state ON training_request (state, requested_at);
