-- TOTP second factor (RFC 6238): one secret per account. The server must read the secret to check codes, so it is
-- stored as is (base32); confirmed_at is null while enrolment waits for the first code; last_step is the 30-second
-- step of the last code accepted, so that no code is accepted twice.
CREATE TABLE access_totp (
    account_id   UUID PRIMARY KEY REFERENCES access_account (id) ON DELETE CASCADE,
    secret       VARCHAR(64) NOT NULL,
    confirmed_at TIMESTAMP WITH TIME ZONE,
    last_step    BIGINT NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Recovery codes, shown once at enrolment and stored as SHA-256 hashes; each works once.
CREATE TABLE access_recovery_code (
    id         UUID PRIMARY KEY,
    account_id UUID NOT NULL REFERENCES access_account (id) ON DELETE CASCADE,
    code_hash  VARCHAR(64) NOT NULL,
    used_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_access_recovery_code_hash UNIQUE (account_id, code_hash)
);

-- Password reset by e-mail: the token travels only in the e-mail; stored as its SHA-256 hash, single use, expiring.
CREATE TABLE access_password_reset (
    id         UUID PRIMARY KEY,
    account_id UUID NOT NULL REFERENCES access_account (id) ON DELETE CASCADE,
    token_hash VARCHAR(64) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_access_password_reset_hash UNIQUE (token_hash)
);
CREATE INDEX ix_access_password_reset_account ON access_password_reset (account_id);
