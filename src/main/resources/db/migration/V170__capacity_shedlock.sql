-- ShedLock's table for the monthly readiness snapshot: with several instances, one of them writes it.
CREATE TABLE capacity_shedlock (
    name        VARCHAR(64) PRIMARY KEY,
    lock_until  TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_by   VARCHAR(255) NOT NULL
);
