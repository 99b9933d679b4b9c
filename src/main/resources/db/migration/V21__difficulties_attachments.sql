-- Evidence attached to a difficulty: the content, its type decided by the bytes, a sanitised name and the SHA-256 checksum.
CREATE TABLE difficulties_attachment (
    id             UUID PRIMARY KEY,
    difficulty_id  UUID NOT NULL REFERENCES difficulties_difficulty (id),
    file_name      VARCHAR(200) NOT NULL,
    content_type   VARCHAR(100) NOT NULL,
    size_bytes     BIGINT NOT NULL,
    sha256         VARCHAR(64) NOT NULL,
    content        BYTEA NOT NULL,
    uploaded_by    VARCHAR(200) NOT NULL,
    uploaded_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_difficulties_attachment_difficulty ON difficulties_attachment (difficulty_id, uploaded_at);
