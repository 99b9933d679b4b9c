-- Page sessions (Spring Session JDBC, table name set by spring.session.jdbc.table-name), so that several
-- application instances share them.
CREATE TABLE access_session (
    primary_id            CHAR(36) NOT NULL,
    session_id            CHAR(36) NOT NULL,
    creation_time         BIGINT NOT NULL,
    last_access_time      BIGINT NOT NULL,
    max_inactive_interval INT NOT NULL,
    expiry_time           BIGINT NOT NULL,
    principal_name        VARCHAR(100),
    CONSTRAINT pk_access_session PRIMARY KEY (primary_id)
);
CREATE UNIQUE INDEX ix_access_session_id ON access_session (session_id);
CREATE INDEX ix_access_session_expiry ON access_session (expiry_time);
CREATE INDEX ix_access_session_principal ON access_session (principal_name);

CREATE TABLE access_session_attributes (
    session_primary_id CHAR(36) NOT NULL,
    attribute_name     VARCHAR(200) NOT NULL,
    attribute_bytes    BYTEA NOT NULL,
    CONSTRAINT pk_access_session_attributes PRIMARY KEY (session_primary_id, attribute_name),
    CONSTRAINT fk_access_session_attributes FOREIGN KEY (session_primary_id) REFERENCES access_session (primary_id) ON DELETE CASCADE
);
