-- The national data set's rows as CSV on standard output, one table per call (bench/national/load.sh pipes each into
-- \copy … FROM STDIN). psql variables: tbl (statistics | tasks | difficulties | teams | assistance | reports), first
-- (2025-01), months (24), procedures (80), tasks (30), assistance (15), template (a report template id).
-- Deterministic: bench_rnd(seed) is a multiplicative hash in [0, 1); each unit has a steady quality drawn from its
-- position, a little better each month.
\set ON_ERROR_STOP on
\pset format unaligned
\pset tuples_only on
CREATE OR REPLACE FUNCTION pg_temp.bench_rnd(seed BIGINT) RETURNS DOUBLE PRECISION IMMUTABLE LANGUAGE sql
AS $$ SELECT ((seed * 2654435761) % 4294967296) / 4294967296.0 $$;
CREATE TEMP TABLE bench_unit AS
SELECT u.id, u.code, u.parent_id AS province_id, row_number() OVER (ORDER BY u.code) AS n
FROM directory_unit u WHERE u.type IN ('WARD', 'COMMUNE', 'SPECIAL_ZONE');
CREATE TEMP TABLE bench_month AS
SELECT i, d::date AS d, ((d + INTERVAL '1 month')::date - d::date) AS days, to_char(d, 'YYYY-MM') AS period
FROM generate_series(0, :months - 1) i, LATERAL (SELECT (:'first' || '-01')::date + i * INTERVAL '1 month' AS d) x;
CREATE TEMP TABLE bench_unit_month AS
SELECT u.id, u.code, u.province_id, u.n, m.i, m.d, m.days, m.period,
       LEAST(0.99, 0.35 + 0.6 * pg_temp.bench_rnd(u.n * 7 + 3) + m.i * 0.004) AS q
FROM bench_unit u CROSS JOIN bench_month m;
\set today '(now() AT TIME ZONE ''Asia/Ho_Chi_Minh'')::date'

\if :{?tbl}
\else
\echo 'tbl not set' \quit
\endif

SELECT CASE :'tbl' WHEN 'statistics' THEN 1 ELSE 0 END AS is_statistics, CASE :'tbl' WHEN 'tasks' THEN 1 ELSE 0 END AS is_tasks,
       CASE :'tbl' WHEN 'difficulties' THEN 1 ELSE 0 END AS is_difficulties, CASE :'tbl' WHEN 'teams' THEN 1 ELSE 0 END AS is_teams,
       CASE :'tbl' WHEN 'assistance' THEN 1 ELSE 0 END AS is_assistance, CASE :'tbl' WHEN 'reports' THEN 1 ELSE 0 END AS is_reports \gset

\if :is_statistics
COPY (
SELECT s.id, s.period, 'P' || lpad(s.p::text, 3, '0'), s.r, s.on_time, s.handled - s.on_time, s.online, floor(s.online * s.q)::int,
       floor(s.online * s.q * 0.7)::int, floor(s.handled * s.q)::int, floor(s.r * s.q)::int, floor(s.r * (0.5 + s.q / 2))::int,
       s.r / 10, floor(s.r / 10 * s.q)::int, s.r / 12, floor(s.r / 12 * s.q)::int, floor(s.r * 0.3)::int, floor(floor(s.r * 0.3) * (0.6 + 0.4 * s.q))::int
FROM (SELECT um.id, um.period, um.q, p, h.r, h.handled, floor(h.handled * um.q)::int AS on_time, floor(h.r * (0.4 + 0.5 * um.q))::int AS online
      FROM bench_unit_month um CROSS JOIN generate_series(0, :procedures - 1) p
      CROSS JOIN LATERAL (SELECT 5 + floor(40 * pg_temp.bench_rnd(((um.n * 24 + um.i) * 100 + p) * 4 + 1))::int AS r) r0
      CROSS JOIN LATERAL (SELECT r0.r, floor(r0.r * (0.9 + 0.1 * pg_temp.bench_rnd(((um.n * 24 + um.i) * 100 + p) * 4 + 2)))::int AS handled) h) s
) TO STDOUT WITH (FORMAT csv);
\endif

\if :is_tasks
COPY (
SELECT 'b0000002-0000-7000-8000-' || lpad(to_hex(t.seed), 12, '0'), NULL, 'Nhiệm vụ ' || t.seed, 'nhiem vu ' || t.seed, 'Nhiệm vụ định kỳ', NULL, NULL,
       t.province_id, t.id, NULL, t.due - 30, t.due, NULL, 'NORMAL', FALSE, NULL, NULL, CASE WHEN t.stage = 'ACCEPTED' THEN 100 ELSE 40 END, NULL, FALSE,
       CASE WHEN t.stage = 'ACCEPTED' THEN t.completed_on + TIME '10:00' END, CASE WHEN t.stage = 'ACCEPTED' THEN t.completed_on END,
       CASE WHEN t.stage = 'ACCEPTED' THEN '00000000-0000-0000-0000-000000000000' END, CASE WHEN t.stage = 'ACCEPTED' THEN t.completed_on + TIME '10:00' END,
       CASE WHEN t.stage = 'ACCEPTED' THEN '00000000-0000-0000-0000-000000000000' END, NULL,
       CASE WHEN t.stage = 'CANCELLED' THEN t.due + TIME '10:00' END, CASE WHEN t.stage = 'CANCELLED' THEN 'bench' END, NULL, NULL,
       '00000000-0000-0000-0000-000000000000', t.due - 30 + TIME '08:00', t.due - 30 + TIME '08:00', 0, 'TASK', t.stage
FROM (SELECT x.*, CASE WHEN x.due >= :today OR x.roll > 0.85 THEN 'OPEN' WHEN x.roll < 0.03 THEN 'CANCELLED' ELSE 'ACCEPTED' END AS stage,
             CASE WHEN pg_temp.bench_rnd(x.seed * 8 + 3) > x.q THEN x.due + 1 + floor(20 * pg_temp.bench_rnd(x.seed * 8 + 4))::int
                  ELSE x.due - floor(10 * pg_temp.bench_rnd(x.seed * 8 + 4))::int END AS completed_on
      FROM (SELECT um.id, um.province_id, um.q, (um.n * 24 + um.i) * 64 + k AS seed,
                   um.d + floor(um.days * pg_temp.bench_rnd(((um.n * 24 + um.i) * 64 + k) * 8 + 1))::int AS due,
                   pg_temp.bench_rnd(((um.n * 24 + um.i) * 64 + k) * 8 + 2) AS roll
            FROM bench_unit_month um CROSS JOIN generate_series(0, :tasks - 1) k) x) t
) TO STDOUT WITH (FORMAT csv);
\endif

\if :is_difficulties
COPY (
SELECT 'b0000003-0000-7000-8000-' || lpad(to_hex(x.seed), 12, '0'), x.id, 'Đơn vị ' || x.code, 'Khó khăn ' || x.seed, 'Mô tả', 'Kiến nghị',
       'kho khan ' || x.seed, 'OTHER', 'MEDIUM', 'CITY_LEADERSHIP', NULL, 'Lãnh đạo Thành phố', 'REPORT', NULL, FALSE, x.state, NULL,
       x.submitted, x.submitted + 21, CASE WHEN x.state IN ('ANSWERED', 'RESOLVED') THEN
         CASE WHEN pg_temp.bench_rnd(x.seed * 8 + 3) > x.q THEN x.submitted + 22 + floor(15 * pg_temp.bench_rnd(x.seed * 8 + 4))::int
              ELSE x.submitted + floor(20 * pg_temp.bench_rnd(x.seed * 8 + 4))::int END END,
       NULL, '00000000-0000-0000-0000-000000000000', x.submitted + TIME '09:00', x.submitted + TIME '09:00', 0, NULL
FROM (SELECT y.*, CASE WHEN y.submitted + 21 >= :today AND y.roll > 0.3 THEN 'SUBMITTED' WHEN y.roll < 0.1 THEN 'IN_PROGRESS'
                       WHEN y.roll > 0.6 THEN 'RESOLVED' ELSE 'ANSWERED' END AS state
      FROM (SELECT um.id, um.code, um.q, (um.n * 24 + um.i) * 4 + k AS seed,
                   um.d + floor((um.days - 1) * pg_temp.bench_rnd(((um.n * 24 + um.i) * 4 + k) * 8 + 1))::int AS submitted,
                   pg_temp.bench_rnd(((um.n * 24 + um.i) * 4 + k) * 8 + 2) AS roll
            FROM bench_unit_month um CROSS JOIN generate_series(0, 2) k) y) x
) TO STDOUT WITH (FORMAT csv);
\endif

\if :is_teams
COPY (SELECT 'b0000006-0000-7000-8000-' || lpad(to_hex(n), 12, '0'), id, 'Tổ hỗ trợ bench', 'Khu phố 1', TIMESTAMPTZ '2025-01-01 00:00:00+00', 0
      FROM bench_unit) TO STDOUT WITH (FORMAT csv);
\endif

\if :is_assistance
COPY (
SELECT 'b0000004-0000-7000-8000-' || lpad(to_hex(x.seed), 12, '0'), 'b0000008-0000-7000-8000-' || lpad(to_hex(x.seed), 12, '0'), x.id,
       'b0000006-0000-7000-8000-' || lpad(to_hex(x.n), 12, '0'), x.day, 'Khu phố 1', 'ONLINE_PUBLIC_SERVICE', NULL, 'SUPPORT_POINT', x.outcome,
       CASE WHEN x.outcome = 'NOT_POSSIBLE' THEN 'Thiếu giấy tờ' END, 10 + floor(30 * pg_temp.bench_rnd(x.seed * 8 + 3))::int, NULL, NULL,
       '00000000-0000-0000-0000-000000000000', x.day + TIME '10:00'
FROM (SELECT y.*, CASE WHEN y.roll < y.q THEN 'DONE' WHEN y.roll < y.q + (1 - y.q) / 2 THEN 'PARTLY' ELSE 'NOT_POSSIBLE' END AS outcome
      FROM (SELECT um.id, um.n, um.q, (um.n * 24 + um.i) * 32 + k AS seed,
                   um.d + floor((um.days - 1) * pg_temp.bench_rnd(((um.n * 24 + um.i) * 32 + k) * 8 + 1))::int AS day,
                   pg_temp.bench_rnd(((um.n * 24 + um.i) * 32 + k) * 8 + 2) AS roll
            FROM bench_unit_month um CROSS JOIN generate_series(0, :assistance - 1) k) y) x
) TO STDOUT WITH (FORMAT csv);
\endif

\if :is_reports
COPY (
SELECT 'b0000005-0000-7000-8000-' || lpad(to_hex(x.seed), 12, '0'), 'b0000007-0000-7000-8000-' || lpad(to_hex(x.i + 1), 12, '0'), x.id, :'template',
       CASE WHEN x.first_at IS NULL THEN 'DRAFT' ELSE 'SUBMITTED' END, '{}', x.first_at, x.first_at, CASE WHEN x.first_at IS NOT NULL THEN 'bench' END,
       NULL, NULL, NULL, NULL, NULL, 0, x.deadline - 20 + TIME '08:00'
FROM (SELECT y.*, CASE WHEN (y.deadline >= :today AND y.roll > 0.3) OR (y.deadline < :today AND y.roll > 0.97) THEN NULL
                       WHEN pg_temp.bench_rnd(y.seed * 8 + 3) > y.q THEN y.deadline + 1 + floor(5 * pg_temp.bench_rnd(y.seed * 8 + 4))::int + TIME '11:00'
                       ELSE y.deadline - floor(5 * pg_temp.bench_rnd(y.seed * 8 + 4))::int + TIME '11:00' END AS first_at
      FROM (SELECT um.id, um.i, um.q, um.n * 24 + um.i AS seed, um.d + 9 AS deadline, pg_temp.bench_rnd((um.n * 24 + um.i) * 8 + 2) AS roll
            FROM bench_unit_month um) y) x
) TO STDOUT WITH (FORMAT csv);
\endif
