-- The asset list pages in this order; with the index a page is read in index order instead of sorting every visible
-- asset (66,000 at national size) per request.
CREATE INDEX capacity_asset_list_order ON capacity_asset (unit_id, asset_type, tag, id);
