-- One counter for what the city-wide capacity lists show: every write of an asset or of a readiness score counts it
-- up in its own transaction. City readers' ranking and asset-list pages are cached per instance under it
-- (capacity.internal.CapacityListCache), so none is served after the write that changed it has committed.
CREATE TABLE capacity_revision (
    id       INTEGER PRIMARY KEY,
    revision BIGINT DEFAULT 0 NOT NULL
);
INSERT INTO capacity_revision (id, revision) VALUES (1, 0);
