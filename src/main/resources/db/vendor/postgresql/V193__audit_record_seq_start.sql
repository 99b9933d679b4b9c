-- The global order continues after the records written before V192.
SELECT setval('audit_record_seq', (SELECT COALESCE(MAX(seq), 0) + 1 FROM audit_record), false);
