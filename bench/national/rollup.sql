-- The national data set's raw rows rolled up into the monthly values that the modules publish (the same definitions as
-- ReportingFigures, TaskFigures, DifficultyFigures, citizen support's monthly counts and the statistics import), in
-- one statement per source; the values of those data elements in the 24 months are replaced. psql variables: first
-- (first month, 2025-01), months (24).
\set ON_ERROR_STOP on
BEGIN;
CREATE TEMP TABLE bench_months AS
SELECT to_char(d, 'YYYY-MM') AS period_code, d::date AS first_day, (d + INTERVAL '1 month' - INTERVAL '1 day')::date AS last_day
FROM generate_series((:'first' || '-01')::date, (:'first' || '-01')::date + (:months - 1) * INTERVAL '1 month', INTERVAL '1 month') d;
CREATE TEMP TABLE bench_values (unit_id UUID, period_code VARCHAR(10), data_element VARCHAR(100), amount NUMERIC(19, 4), source VARCHAR(40));

-- tasks: leaves of the lead unit by month of the due date
INSERT INTO bench_values
SELECT c.unit_id, c.period_code, v.code, v.amount, 'tasks' FROM (
  SELECT t.unit_id, to_char(t.due_date, 'YYYY-MM') AS period_code,
         COUNT(*) FILTER (WHERE t.stage IN ('OPEN', 'AWAITING_ACCEPTANCE')) AS open_count,
         COUNT(*) FILTER (WHERE t.stage IN ('OPEN', 'AWAITING_ACCEPTANCE') AND t.due_date < (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date) AS overdue_count,
         COUNT(*) FILTER (WHERE t.stage = 'ACCEPTED') AS done_count,
         COUNT(*) FILTER (WHERE t.stage = 'ACCEPTED' AND t.completed_on <= t.due_date) AS on_time_count
  FROM tasks_task t WHERE NOT EXISTS (SELECT 1 FROM tasks_task ch WHERE ch.parent_id = t.id)
    AND to_char(t.due_date, 'YYYY-MM') IN (SELECT period_code FROM bench_months)
  GROUP BY t.unit_id, to_char(t.due_date, 'YYYY-MM')) c
CROSS JOIN LATERAL (VALUES ('tasks.open', c.open_count), ('tasks.overdue', c.overdue_count), ('tasks.done', c.done_count),
                           ('tasks.doneOnTime', c.on_time_count)) v(code, amount);

-- reports: by month of the request's deadline; on time = first submission before the deadline day ends in Vietnam
INSERT INTO bench_values
SELECT c.unit_id, c.period_code, v.code, v.amount, 'reporting' FROM (
  SELECT r.unit_id, to_char(q.deadline, 'YYYY-MM') AS period_code, COUNT(*) AS due_count,
         COUNT(*) FILTER (WHERE r.first_submitted_at < ((q.deadline + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh')) AS on_time_count,
         COUNT(*) FILTER (WHERE r.first_submitted_at >= ((q.deadline + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh')) AS late_count,
         COUNT(*) FILTER (WHERE r.first_submitted_at IS NULL AND now() >= ((q.deadline + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh')) AS missing_count
  FROM reporting_report r JOIN reporting_request q ON q.id = r.request_id
  WHERE to_char(q.deadline, 'YYYY-MM') IN (SELECT period_code FROM bench_months)
  GROUP BY r.unit_id, to_char(q.deadline, 'YYYY-MM')) c
CROSS JOIN LATERAL (VALUES ('reports.due', c.due_count), ('reports.submittedOnTime', c.on_time_count), ('reports.submittedLate', c.late_count),
                           ('reports.missing', c.missing_count)) v(code, amount);

-- difficulties: by submitting unit and month of submission
INSERT INTO bench_values
SELECT c.unit_id, c.period_code, v.code, v.amount, 'difficulties' FROM (
  SELECT d.unit_id, to_char(d.submitted_on, 'YYYY-MM') AS period_code,
         COUNT(*) FILTER (WHERE d.state <> 'DRAFT') AS submitted_count,
         COUNT(*) FILTER (WHERE d.state IN ('ANSWERED', 'RESOLVED')) AS answered_count,
         COUNT(*) FILTER (WHERE d.state IN ('ANSWERED', 'RESOLVED') AND d.answered_on <= d.due_date) AS on_time_count,
         COUNT(*) FILTER (WHERE d.state IN ('SUBMITTED', 'IN_PROGRESS', 'FORWARDED', 'ESCALATED')) AS open_count
  FROM difficulties_difficulty d WHERE d.submitted_on IS NOT NULL AND to_char(d.submitted_on, 'YYYY-MM') IN (SELECT period_code FROM bench_months)
  GROUP BY d.unit_id, to_char(d.submitted_on, 'YYYY-MM')) c
CROSS JOIN LATERAL (VALUES ('difficulties.submitted', c.submitted_count), ('difficulties.answered', c.answered_count),
                           ('difficulties.answeredOnTime', c.on_time_count), ('difficulties.open', c.open_count)) v(code, amount);

-- assistance: entries by unit and month of the day helped
INSERT INTO bench_values
SELECT c.unit_id, c.period_code, v.code, v.amount, 'citizensupport' FROM (
  SELECT a.unit_id, to_char(a.helped_on, 'YYYY-MM') AS period_code, COUNT(*) AS total, COUNT(*) FILTER (WHERE a.outcome = 'DONE') AS done,
         COUNT(*) FILTER (WHERE a.outcome = 'PARTLY') AS partly, COUNT(*) FILTER (WHERE a.outcome = 'NOT_POSSIBLE') AS not_possible,
         SUM(a.minutes) AS minutes
  FROM citizensupport_assistance a WHERE to_char(a.helped_on, 'YYYY-MM') IN (SELECT period_code FROM bench_months)
  GROUP BY a.unit_id, to_char(a.helped_on, 'YYYY-MM')) c
CROSS JOIN LATERAL (VALUES ('assistance.total', c.total), ('assistance.done', c.done), ('assistance.partly', c.partly),
                           ('assistance.notPossible', c.not_possible), ('assistance.minutes', c.minutes)) v(code, amount);

-- public-service statistics: the procedures of a unit-month add up (as the statistics import adds rows of one unit and period)
INSERT INTO bench_values
SELECT c.unit_id, c.period_code, v.code, v.amount, 'import' FROM (
  SELECT s.unit_id, s.period_code, SUM(received) received, SUM(on_time) on_time, SUM(late) late, SUM(online) online, SUM(fully_online) fully_online,
         SUM(paid_online) paid_online, SUM(e_results) e_results, SUM(digitised) digitised, SUM(published) published,
         SUM(feedback_received) feedback_received, SUM(feedback_on_time) feedback_on_time, SUM(feedback_rated) feedback_rated,
         SUM(feedback_satisfied) feedback_satisfied, SUM(procedures_rated) procedures_rated, SUM(procedures_satisfied) procedures_satisfied
  FROM bench_service_statistics s GROUP BY s.unit_id, s.period_code) c
CROSS JOIN LATERAL (VALUES ('dossiers.received', c.received), ('dossiers.onTime', c.on_time), ('dossiers.late', c.late), ('dossiers.online', c.online),
  ('dossiers.fullyOnline', c.fully_online), ('dossiers.paidOnline', c.paid_online), ('dossiers.eResults', c.e_results),
  ('dossiers.digitised', c.digitised), ('dossiers.published', c.published), ('feedback.received', c.feedback_received),
  ('feedback.handledOnTime', c.feedback_on_time), ('feedback.rated', c.feedback_rated), ('feedback.satisfied', c.feedback_satisfied),
  ('procedures.rated', c.procedures_rated), ('procedures.satisfied', c.procedures_satisfied)) v(code, amount);

DELETE FROM indicators_value v USING (SELECT DISTINCT period_code, data_element FROM bench_values) b
WHERE v.period_code = b.period_code AND v.data_element = b.data_element;
INSERT INTO indicators_data_element (code, name_vi, name_en, name_de, value_type, aggregation, created_at, version)
SELECT DISTINCT b.data_element, b.data_element, b.data_element, b.data_element, 'NUMBER', 'LAST', now(), 0 FROM bench_values b
ON CONFLICT (code) DO NOTHING;
INSERT INTO indicators_value (unit_id, period_code, data_element, amount, source, updated_at, updated_by)
SELECT unit_id, period_code, data_element, amount, source, now(), '00000000-0000-0000-0000-000000000000' FROM bench_values;
COMMIT;
ANALYZE indicators_value;
