#!/usr/bin/env bash
# The national data set on PostgreSQL: every commune-level unit of bench's vn-admin-units-2025.csv (3,321), 24 months,
# more than 10 million source rows loaded with COPY, then rolled up into the indicators' values (rollup.sql) and the
# pre-aggregated tables rebuilt through the API.
#  1. a fresh database $DB (dropped first), the schema by Flyway: the application is started against it with the
#     demo profile (accounts, the directory with every unit of the country, the demo city) and keeps running
#     (SKIP_SCHEMA=1 reuses a database and an instance already started this way);
#  2. generate.sql (SQL with generate_series) writes each table as CSV on standard output, piped into \copy … FROM STDIN: public-service statistics per unit, month and procedure
#     (PROCEDURES, default 80), tasks (TASKS per unit-month, default 30), difficulties (3), assistance entries
#     (ASSISTANCE, default 15), one report per unit and month;
#  3. rollup.sql turns the raw rows into the monthly values the modules publish (reports.*, tasks.*, difficulties.*,
#     assistance.*, the 766 statistics) and POST /api/v1/scores/rebuild builds the tables; bench/overview.sh then
#     measures against that instance (left running: PID in $WORK/app.pid).
# Usage: bench/national/load.sh   (PG=postgresql://postgres@127.0.0.1:5432 DB=wardops_national PORT=8195)
set -euo pipefail
cd "$(dirname "$0")/../.."
PG=${PG:-postgresql://postgres@127.0.0.1:5432}
DB=${DB:-wardops_national}
PORT=${PORT:-8195}
PROCEDURES=${PROCEDURES:-80}
TASKS=${TASKS:-30}
ASSISTANCE=${ASSISTANCE:-15}
FIRST_MONTH=${FIRST_MONTH:-2025-01}
MONTHS=${MONTHS:-24}
WORK=${WORK:-/tmp/wardops-national}
JAR=${JAR:-$PWD/target/wardops.jar}
JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
mkdir -p "$WORK"
URL="$PG/$DB"
JDBC="jdbc:postgresql://${PG#postgresql://*@}/$DB"
ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
start_app() {
  (cd "$WORK" && exec "$JAVA" -Xmx2g -jar "$JAR" --server.port=$PORT --spring.profiles.active=demo \
    --spring.datasource.url="$JDBC" --spring.datasource.username=postgres --spring.datasource.password= \
    --wardops.notifications.jobs-enabled=false --wardops.access.rate-limit.api-per-address=1000000 \
    --wardops.access.rate-limit.api-per-token=1000000 --wardops.access.rate-limit.login-per-address=1000 > "$WORK/app-$1.log" 2>&1) &
  echo $! > "$WORK/app.pid"
  for _ in $(seq 1 900); do curl -sf "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null && return 0; sleep 1; done
  echo "application did not start; see $WORK/app-$1.log" >&2; return 1
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -sr), $(psql "$PG/postgres" -Atc 'SHOW server_version')"
[ -f "$JAR" ] || ./mvnw -B -q -DskipTests package
if [ -z "${SKIP_SCHEMA:-}" ]; then
  psql "$PG/postgres" -q -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
  t=$(date +%s%N); start_app schema; echo "schema (Flyway) and demo data: $(ms $t) ms"
else
  for _ in $(seq 1 900); do curl -sf "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null && break; sleep 1; done
fi
# The demo's figures arrive asynchronously after start-up; wait until the event publications are all completed
# (NO_WAIT=1: go on while the listener still works through them; they only touch the demo city's unit-months).
for _ in $( [ -n "${NO_WAIT:-}" ] || seq 1 600); do
  [ "$(psql "$URL" -Atc 'SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL')" = 0 ] && break; sleep 2
done

echo "commune-level units: $(psql "$URL" -Atc "SELECT COUNT(*) FROM directory_unit WHERE type IN ('WARD', 'COMMUNE', 'SPECIAL_ZONE')")"
TEMPLATE=$(psql "$URL" -Atc "SELECT id FROM reporting_template ORDER BY created_at LIMIT 1")
psql "$URL" -q -v ON_ERROR_STOP=1 <<SQL
CREATE TABLE IF NOT EXISTS bench_service_statistics (unit_id UUID NOT NULL, period_code VARCHAR(7) NOT NULL, procedure_code VARCHAR(10) NOT NULL,
  received INT, on_time INT, late INT, online INT, fully_online INT, paid_online INT, e_results INT, digitised INT, published INT,
  feedback_received INT, feedback_on_time INT, feedback_rated INT, feedback_satisfied INT, procedures_rated INT, procedures_satisfied INT);
INSERT INTO reporting_request (id, template_id, period, title, requested_by_id, deadline, created_at)
SELECT ('b0000007-0000-7000-8000-' || lpad(to_hex(n), 12, '0'))::uuid, '$TEMPLATE', to_char(d, 'YYYY-MM'), 'Báo cáo tháng ' || to_char(d, 'MM/YYYY'),
       '00000000-0000-0000-0000-000000000000', d + 9, d - 20
FROM (SELECT n, (DATE '$FIRST_MONTH-01' + (n - 1) * INTERVAL '1 month')::date AS d FROM generate_series(1, $MONTHS) n) m;
SQL
copy() { # table, generate.sql table, columns
  local t; t=$(date +%s%N)
  psql "$URL" -q -v tbl="$2" -v first="$FIRST_MONTH" -v months="$MONTHS" -v procedures="$PROCEDURES" -v tasks="$TASKS" \
      -v assistance="$ASSISTANCE" -v template="$TEMPLATE" -f bench/national/generate.sql \
    | psql "$URL" -q -c "\\copy $1 ($3) FROM STDIN WITH (FORMAT csv)"
  echo "COPY $1: $(psql "$URL" -Atc "SELECT COUNT(*) FROM $1") rows in table, $(ms $t) ms"
}
total=$(date +%s%N)
copy bench_service_statistics statistics "unit_id, period_code, procedure_code, received, on_time, late, online, fully_online, paid_online, e_results, digitised, published, feedback_received, feedback_on_time, feedback_rated, feedback_satisfied, procedures_rated, procedures_satisfied"
copy tasks_task tasks "id, parent_id, title, search_key, description, source_reference, source_link, issuing_unit_id, unit_id, owner_person_id, start_date, due_date, original_due_date, priority, affects_lives, target_value, target_measure, percent, achieved, completion_pending, completed_at, completed_on, completed_by, accepted_at, accepted_by, returned_reason, cancelled_at, cancel_reason, requested_due_date, due_date_reason, created_by, created_at, updated_at, version, kind, stage"
copy difficulties_difficulty difficulties "id, unit_id, unit_name, title, description, recommendation, search_key, category, severity, addressee_type, addressee_unit_id, addressee_name, source, source_ref, confidential, state, assignee, submitted_on, due_date, answered_on, closed_at, created_by, created_at, updated_at, version, source_id"
copy citizensupport_team teams "id, unit_id, name, residential_group, created_at, version"
copy citizensupport_assistance assistance "id, client_id, unit_id, team_id, helped_on, residential_group, service, procedure_code, channel, outcome, reason, minutes, age_band, gender, recorded_by, recorded_at"
copy reporting_report reports "id, request_id, unit_id, template_id, state, answers, first_submitted_at, submitted_at, submitted_by, accepted_at, return_reason, last_edited_by, last_edited_at, document_number, version, created_at"
psql "$URL" -q -c "CREATE INDEX IF NOT EXISTS ix_bench_service_statistics ON bench_service_statistics (unit_id, period_code)" -c "ANALYZE"
echo "all COPY and indexes: $(ms $total) ms; source rows: $(psql "$URL" -Atc "SELECT (SELECT COUNT(*) FROM bench_service_statistics) + (SELECT COUNT(*) FROM tasks_task)
  + (SELECT COUNT(*) FROM difficulties_difficulty) + (SELECT COUNT(*) FROM citizensupport_assistance) + (SELECT COUNT(*) FROM reporting_report)")"
t=$(date +%s%N)
psql "$URL" -q -v first="$FIRST_MONTH" -v months="$MONTHS" -f bench/national/rollup.sql
echo "roll-up into indicators_value: $(ms $t) ms, $(psql "$URL" -Atc 'SELECT COUNT(*) FROM indicators_value') values"
TOKEN=$(curl -s -X POST "http://127.0.0.1:$PORT/api/v1/auth/tokens" -H 'Content-Type: application/json' \
  -d '{"username":"admin","password":"wardops-demo"}' | sed -E 's/.*"token":"([^"]+)".*/\1/')
t=$(date +%s%N)
echo "rebuild: $(curl -s -X POST -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT/api/v1/scores/rebuild") in $(ms $t) ms"
echo "instance left running on port $PORT (PID $(cat "$WORK/app.pid")); now bench/overview.sh"
