CREATE TABLE access_account (
    id                  UUID PRIMARY KEY,
    username            VARCHAR(100) NOT NULL,
    password_hash       VARCHAR(200) NOT NULL,
    person_id           UUID,
    unit_id             UUID NOT NULL,
    working_group_id    UUID,
    enabled             BOOLEAN NOT NULL,
    language            VARCHAR(5),
    password_changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version             BIGINT NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_access_account_username UNIQUE (username)
);
CREATE INDEX ix_access_account_unit ON access_account (unit_id);

CREATE TABLE access_account_role (
    account_id UUID NOT NULL REFERENCES access_account (id) ON DELETE CASCADE,
    role       VARCHAR(40) NOT NULL,
    PRIMARY KEY (account_id, role)
);

-- Failed log-ins per account and per client address; a sliding window of them locks further attempts.
CREATE TABLE access_login_failure (
    id            UUID PRIMARY KEY,
    principal_key VARCHAR(200) NOT NULL,
    failed_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_access_login_failure_key ON access_login_failure (principal_key, failed_at);

-- API tokens are stored as SHA-256 hashes; the token itself is shown once, at creation.
CREATE TABLE access_api_token (
    id          UUID PRIMARY KEY,
    account_id  UUID NOT NULL REFERENCES access_account (id),
    token_hash  VARCHAR(64) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_access_api_token_hash UNIQUE (token_hash)
);
CREATE INDEX ix_access_api_token_account ON access_api_token (account_id);
