-- Readiness criteria may read a value another module publishes to indicators (rule type INDICATOR_VALUE): the
-- criterion names the data element; its parameter is the target in percent (points = weight × min(value, target) /
-- target). Training coverage enters the score; the weights are rebalanced so that the maximum stays 100
-- (basic skills tested 15 → 10, redundant link 10 → 5, training coverage 10).
ALTER TABLE capacity_criterion ADD COLUMN data_element VARCHAR(100);

UPDATE capacity_criterion SET weight = 10 WHERE code = 'basicSkills';
UPDATE capacity_criterion SET weight = 5 WHERE code = 'redundantLink';

INSERT INTO capacity_criterion (code, position, label_vi, label_en, label_de, weight, rule_type, parameter, active, data_element) VALUES
 ('trainingCoverage', 8, 'Tỷ lệ cán bộ đạt chuẩn CNTT cơ bản hoặc đã được bồi dưỡng', 'Training coverage: officers at the basic IT standard or trained',
  'Schulungsabdeckung: Bedienstete mit IT-Grundstandard oder geschult', 10, 'INDICATOR_VALUE', 100, TRUE, 'training.coverage.basicIt');
