-- The global order continues after the records written before V192 (H2 has no setval).
ALTER SEQUENCE audit_record_seq RESTART WITH (SELECT COALESCE(MAX(seq), 0) + 1 FROM audit_record);
