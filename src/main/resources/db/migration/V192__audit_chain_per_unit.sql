-- One hash chain per unit instead of one for the whole city (docs/scaling.md, "The audit chain and write
-- throughput"): an append locks only its unit's head, so writes of different units no longer wait for each other.
-- The shared chain (chain_id all zeros) keeps every record written before this migration, the records without a
-- unit, and the anchors that hold every unit chain's head.
CREATE TABLE audit_chain (
    chain_id     UUID PRIMARY KEY,
    last_seq     BIGINT NOT NULL,
    last_hash    VARCHAR(64) NOT NULL
);
INSERT INTO audit_chain (chain_id, last_seq, last_hash)
SELECT '00000000-0000-0000-0000-000000000000', last_seq, last_hash FROM audit_chain_head WHERE id = 1;
DROP TABLE audit_chain_head;

-- The anchor job's own bookkeeping: the last position of each unit chain it wrote into an anchor. Kept apart from
-- audit_chain so that anchoring never waits for, or holds up, a writer's lock on a head.
CREATE TABLE audit_chain_anchored (
    chain_id     UUID PRIMARY KEY,
    anchored_seq BIGINT NOT NULL
);

-- ShedLock: one instance writes each anchor.
CREATE TABLE audit_shedlock (
    name       VARCHAR(64) PRIMARY KEY,
    lock_until TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_by  VARCHAR(255) NOT NULL
);

-- seq stays the global order of the trail (from a sequence, so gaps after a rollback are allowed); chain_seq is the
-- dense position within the record's chain, and previous_hash links to the previous record of the same chain.
ALTER TABLE audit_record ADD COLUMN chain_id UUID;
ALTER TABLE audit_record ADD COLUMN chain_seq BIGINT;
UPDATE audit_record SET chain_id = '00000000-0000-0000-0000-000000000000', chain_seq = seq;
ALTER TABLE audit_record ALTER COLUMN chain_id SET NOT NULL;
ALTER TABLE audit_record ALTER COLUMN chain_seq SET NOT NULL;
CREATE UNIQUE INDEX ux_audit_record_chain ON audit_record (chain_id, chain_seq);
CREATE INDEX ix_audit_record_occurred ON audit_record (occurred_at, seq);

CREATE SEQUENCE audit_record_seq;
