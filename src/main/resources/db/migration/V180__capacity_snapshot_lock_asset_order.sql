-- ShedLock's table for the monthly readiness snapshot, so that of several instances one writes it.
CREATE TABLE capacity_shedlock (
    name        VARCHAR(64) PRIMARY KEY,
    lock_until  TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_by   VARCHAR(255) NOT NULL
);
-- The asset list pages in this order; with the index a page is read in index order instead of sorting every visible
-- asset (66,000 at national size) per request.
CREATE INDEX capacity_asset_list_order ON capacity_asset (unit_id, asset_type, tag, id);
