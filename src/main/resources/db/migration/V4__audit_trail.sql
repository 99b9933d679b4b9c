-- Append-only, hash-chained audit trail. seq is dense and ordered; each hash covers the previous hash and the
-- record's content, so that altering or deleting any record breaks the chain from there on.
CREATE TABLE audit_record (
    seq          BIGINT PRIMARY KEY,
    id           UUID NOT NULL,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_id     UUID NOT NULL,
    actor_name   VARCHAR(100) NOT NULL,
    action       VARCHAR(100) NOT NULL,
    entity_type  VARCHAR(60) NOT NULL,
    entity_id    UUID NOT NULL,
    unit_id      UUID,
    before_state TEXT,
    after_state  TEXT,
    previous_hash VARCHAR(64) NOT NULL,
    hash         VARCHAR(64) NOT NULL
);
CREATE INDEX ix_audit_record_entity ON audit_record (entity_id, seq);
CREATE INDEX ix_audit_record_unit ON audit_record (unit_id, seq);

-- The chain's head: locked by every append, so that records are chained one after another even with
-- several application instances on one database.
CREATE TABLE audit_chain_head (
    id        INTEGER PRIMARY KEY,
    last_seq  BIGINT NOT NULL,
    last_hash VARCHAR(64) NOT NULL
);
INSERT INTO audit_chain_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
