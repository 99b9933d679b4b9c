-- Files attached to a good practice (as the difficulties' evidence: type decided by the bytes, sanitised name,
-- SHA-256 checksum), the day an adopter was reminded to report its result, and the practices jobs' ShedLock table.
CREATE TABLE practices_attachment (
    id           UUID PRIMARY KEY,
    practice_id  UUID          NOT NULL REFERENCES practices_practice (id),
    file_name    VARCHAR(200)  NOT NULL,
    content_type VARCHAR(100)  NOT NULL,
    size_bytes   BIGINT        NOT NULL,
    sha256       VARCHAR(64)   NOT NULL,
    content      BYTEA         NOT NULL,
    uploaded_by  VARCHAR(200)  NOT NULL,
    uploaded_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_practices_attachment_practice ON practices_attachment (practice_id, uploaded_at);

ALTER TABLE practices_adoption ADD COLUMN reminded_on DATE;
CREATE INDEX ix_practices_adoption_due ON practices_adoption (planned_start);

CREATE TABLE practices_shedlock (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_by  VARCHAR(255) NOT NULL
);
