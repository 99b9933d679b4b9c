-- The report or supervision session a difficulty came from, when it exists in WardOps; source_ref keeps the free text.
ALTER TABLE difficulties_difficulty ADD COLUMN source_id UUID;
