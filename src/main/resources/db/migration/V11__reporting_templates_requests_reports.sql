-- Report templates: each version is its own row and never changes; versions of one template share family_id.
-- The sections and fields are one JSON document (text), read and written whole.
CREATE TABLE reporting_template (
    id          UUID PRIMARY KEY,
    family_id   UUID NOT NULL,
    name        VARCHAR(300) NOT NULL,
    version_no  INTEGER NOT NULL,
    definition  TEXT NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_reporting_template_version UNIQUE (family_id, version_no)
);

-- A request for reports from a set of units for a period, by a deadline (a day in Asia/Ho_Chi_Minh).
CREATE TABLE reporting_request (
    id               UUID PRIMARY KEY,
    template_id      UUID NOT NULL REFERENCES reporting_template (id),
    period           VARCHAR(10) NOT NULL,
    title            VARCHAR(300) NOT NULL,
    requested_by_id  UUID NOT NULL,
    deadline         DATE NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_reporting_request_requester ON reporting_request (requested_by_id, created_at);

-- One report per unit and request; answers are a JSON object of field key to the text typed.
CREATE TABLE reporting_report (
    id                 UUID PRIMARY KEY,
    request_id         UUID NOT NULL REFERENCES reporting_request (id),
    unit_id            UUID NOT NULL,
    template_id        UUID NOT NULL REFERENCES reporting_template (id),
    state              VARCHAR(20) NOT NULL,
    answers            TEXT NOT NULL,
    first_submitted_at TIMESTAMP WITH TIME ZONE,
    submitted_at       TIMESTAMP WITH TIME ZONE,
    submitted_by       VARCHAR(200),
    accepted_at        TIMESTAMP WITH TIME ZONE,
    return_reason      VARCHAR(2000),
    last_edited_by     VARCHAR(200),
    last_edited_at     TIMESTAMP WITH TIME ZONE,
    document_number    INTEGER,
    version            BIGINT NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_reporting_report_unit UNIQUE (request_id, unit_id)
);
CREATE INDEX ix_reporting_report_unit ON reporting_report (unit_id, created_at);

-- Files attached to a report's attachment fields, with their SHA-256 checksum.
CREATE TABLE reporting_attachment (
    id            UUID PRIMARY KEY,
    report_id     UUID NOT NULL REFERENCES reporting_report (id),
    field_key     VARCHAR(60) NOT NULL,
    file_name     VARCHAR(200) NOT NULL,
    content_type  VARCHAR(100) NOT NULL,
    size_bytes    BIGINT NOT NULL,
    sha256        VARCHAR(64) NOT NULL,
    content       BYTEA NOT NULL,
    uploaded_by   VARCHAR(200) NOT NULL,
    uploaded_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_reporting_attachment_report ON reporting_attachment (report_id);
