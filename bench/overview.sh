#!/usr/bin/env bash
# The city overview read from the pre-aggregated tables against the same figures computed from the raw rows, on the
# national data set (bench/national/load.sh, which leaves the instance running):
#  1. 50 bench accounts (city leaders, distinct API tokens) are added to the bench database;
#  2. wrk, 50 connections over 2 threads for $DURATION, each request with the next account's token in turn:
#     GET /api/v1/rankings?set=overview (and set=766) for the city of the deployment, one month — median, p95, p99;
#  3. the same ranking computed from the raw rows (tasks, reports, difficulties, assistance, capacity's monthly
#     readiness; for 766 the public-service statistics per procedure) by one SQL statement, $RAW_RUNS times in a row
#     in the same run: median; the ratio raw median ÷ API p95 (and ÷ API median).
# Usage: bench/overview.sh   (BASE_URL=http://127.0.0.1:8195 PG=postgresql://postgres@127.0.0.1:5432 DB=wardops_national
#        PERIOD=2026-11 DURATION=30s)
set -euo pipefail
cd "$(dirname "$0")/.."
BASE_URL=${BASE_URL:-http://127.0.0.1:8195}
PG=${PG:-postgresql://postgres@127.0.0.1:5432}
DB=${DB:-wardops_national}
PERIOD=${PERIOD:-2026-11}
DURATION=${DURATION:-30s}
RAW_RUNS=${RAW_RUNS:-7}
URL="$PG/$DB"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
echo "machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem:/ {print $2}') GiB, load $(cut -d' ' -f1-3 /proc/loadavg)"

# 1. fifty city-leader accounts with API tokens bench-token-01 … bench-token-50 (SHA-256 stored, as the application does)
psql "$URL" -q <<'SQL'
INSERT INTO access_account (id, username, password_hash, person_id, unit_id, working_group_id, enabled, language, password_changed_at, version, created_at, updated_at)
SELECT ('b0000009-0000-7000-8000-' || lpad(to_hex(n), 12, '0'))::uuid, 'bench.leader' || lpad(n::text, 2, '0'), a.password_hash, NULL, a.unit_id,
       NULL, TRUE, NULL, now(), 0, now(), now()
FROM generate_series(1, 50) n CROSS JOIN (SELECT password_hash, unit_id FROM access_account WHERE username = 'leader') a
ON CONFLICT DO NOTHING;
INSERT INTO access_account_role (account_id, role)
SELECT ('b0000009-0000-7000-8000-' || lpad(to_hex(n), 12, '0'))::uuid, 'CITY_LEADER' FROM generate_series(1, 50) n ON CONFLICT DO NOTHING;
INSERT INTO access_api_token (id, account_id, token_hash, created_at, expires_at)
SELECT ('b000000a-0000-7000-8000-' || lpad(to_hex(n), 12, '0'))::uuid, ('b0000009-0000-7000-8000-' || lpad(to_hex(n), 12, '0'))::uuid,
       encode(sha256(convert_to('bench-token-' || lpad(n::text, 2, '0'), 'UTF8')), 'hex'), now(), now() + INTERVAL '7 days'
FROM generate_series(1, 50) n ON CONFLICT DO NOTHING;
SQL
cat > "$WORK/tokens.lua" <<'LUA'
local n = 0
local thread_offset = 0
function setup(thread) thread:set("offset", thread_offset); thread_offset = thread_offset + 25 end
function init(args) n = offset end
request = function()
  n = n + 1
  local token = string.format("bench-token-%02d", (n % 50) + 1)
  return wrk.format("GET", nil, {["Authorization"] = "Bearer " .. token})
end
done = function(summary, latency, requests)
  io.write(string.format("requests %d, errors %d (status %d), median %.1f ms, p95 %.1f ms, p99 %.1f ms\n", summary.requests,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout, summary.errors.status,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
LUA
check=$(curl -s -o /dev/null -w '%{http_code}' -H 'Authorization: Bearer bench-token-17' "$BASE_URL/api/v1/rankings?set=overview&period=$PERIOD&size=50")
echo "ranking with a bench token: HTTP $check; ranked units: overview $(curl -s -H 'Authorization: Bearer bench-token-01' \
  "$BASE_URL/api/v1/rankings?set=overview&period=$PERIOD&size=1" | grep -o '"total":[0-9]*' | tail -1), 766 $(curl -s -H 'Authorization: Bearer bench-token-01' \
  "$BASE_URL/api/v1/rankings?set=766&period=$PERIOD&size=1" | grep -o '"total":[0-9]*' | tail -1)"

declare -A P95 MEDIAN
for set in overview 766; do
  curl -s -o /dev/null -H 'Authorization: Bearer bench-token-01' "$BASE_URL/api/v1/rankings?set=$set&period=$PERIOD&size=50"
  # 10 s unmeasured first, so that the measured run sees compiled code rather than the interpreter.
  wrk -t2 -c10 -d10s --timeout 10s -s "$WORK/tokens.lua" "$BASE_URL/api/v1/rankings?set=$set&period=$PERIOD&size=50" > /dev/null
  line=$(wrk -t2 -c50 -d"$DURATION" --timeout 10s -s "$WORK/tokens.lua" "$BASE_URL/api/v1/rankings?set=$set&period=$PERIOD&size=50" | tail -1)
  echo "API ranking set=$set, 50 clients, 50 accounts: $line"
  MEDIAN[$set]=$(echo "$line" | sed -E 's/.*median ([0-9.]+) ms.*/\1/')
  P95[$set]=$(echo "$line" | sed -E 's/.*p95 ([0-9.]+) ms.*/\1/')
done

PROVINCE=$(psql "$URL" -Atc "SELECT id FROM directory_unit WHERE code = '79'")
cat > "$WORK/raw-overview.sql" <<SQL
WITH units AS (SELECT id, code FROM directory_unit WHERE parent_id = '$PROVINCE' AND type IN ('WARD', 'COMMUNE', 'SPECIAL_ZONE')),
m AS (SELECT DATE '$PERIOD-01' AS first_day, (DATE '$PERIOD-01' + INTERVAL '1 month' - INTERVAL '1 day')::date AS last_day),
t AS (SELECT t.unit_id, COUNT(*) FILTER (WHERE t.stage IN ('OPEN', 'AWAITING_ACCEPTANCE')) AS open_count,
        COUNT(*) FILTER (WHERE t.stage IN ('OPEN', 'AWAITING_ACCEPTANCE') AND t.due_date < (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date) AS overdue,
        COUNT(*) FILTER (WHERE t.stage = 'ACCEPTED') AS done, COUNT(*) FILTER (WHERE t.stage = 'ACCEPTED' AND t.completed_on <= t.due_date) AS on_time
      FROM tasks_task t, m WHERE t.unit_id IN (SELECT id FROM units) AND t.due_date BETWEEN m.first_day AND m.last_day
        AND NOT EXISTS (SELECT 1 FROM tasks_task c WHERE c.parent_id = t.id) GROUP BY t.unit_id),
r AS (SELECT r.unit_id, COUNT(*) AS due, COUNT(*) FILTER (WHERE r.first_submitted_at < ((q.deadline + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh')) AS on_time
      FROM reporting_report r JOIN reporting_request q ON q.id = r.request_id, m
      WHERE r.unit_id IN (SELECT id FROM units) AND q.deadline BETWEEN m.first_day AND m.last_day GROUP BY r.unit_id),
d AS (SELECT d.unit_id, COUNT(*) FILTER (WHERE d.state IN ('ANSWERED', 'RESOLVED')) AS answered,
        COUNT(*) FILTER (WHERE d.state IN ('ANSWERED', 'RESOLVED') AND d.answered_on <= d.due_date) AS on_time
      FROM difficulties_difficulty d, m WHERE d.unit_id IN (SELECT id FROM units) AND d.submitted_on BETWEEN m.first_day AND m.last_day GROUP BY d.unit_id),
a AS (SELECT a.unit_id, COUNT(*) AS total, COUNT(*) FILTER (WHERE a.outcome = 'DONE') AS done
      FROM citizensupport_assistance a, m WHERE a.unit_id IN (SELECT id FROM units) AND a.helped_on BETWEEN m.first_day AND m.last_day GROUP BY a.unit_id),
c AS (SELECT unit_id, score, max_points FROM capacity_readiness_month WHERE period = '$PERIOD' AND unit_id IN (SELECT id FROM units)),
p AS (SELECT u.id, u.code,
        CASE WHEN r.due > 0 THEN round(15 * LEAST(1, r.on_time::numeric / r.due), 2) END AS p1,
        CASE WHEN t.done > 0 THEN round(15 * LEAST(1, t.on_time::numeric / t.done), 2) END AS p2,
        CASE WHEN t.open_count + t.done > 0 THEN round(10 * GREATEST(0, 1 - LEAST(1, t.overdue::numeric / (t.open_count + t.done))), 2) END AS p3,
        CASE WHEN d.answered > 0 THEN round(15 * LEAST(1, d.on_time::numeric / d.answered), 2) END AS p4,
        CASE WHEN c.max_points > 0 THEN round(15 * LEAST(1, c.score / c.max_points), 2) END AS p5,
        CASE WHEN a.total > 0 THEN round(15 * LEAST(1, a.done::numeric / a.total), 2) END AS p7
      FROM units u LEFT JOIN t ON t.unit_id = u.id LEFT JOIN r ON r.unit_id = u.id LEFT JOIN d ON d.unit_id = u.id
        LEFT JOIN a ON a.unit_id = u.id LEFT JOIN c ON c.unit_id = u.id),
s AS (SELECT id, code, COALESCE(p1, 0) + COALESCE(p2, 0) + COALESCE(p3, 0) + COALESCE(p4, 0) + COALESCE(p5, 0) + COALESCE(p7, 0) AS total
      FROM p WHERE COALESCE(p1, p2, p3, p4, p5, p7) IS NOT NULL)
SELECT COUNT(*), MAX(rank) FROM (SELECT DENSE_RANK() OVER (ORDER BY total DESC) AS rank FROM s) x;
SQL
cat > "$WORK/raw-766.sql" <<SQL
WITH units AS (SELECT id FROM directory_unit WHERE parent_id = '$PROVINCE' AND type IN ('WARD', 'COMMUNE', 'SPECIAL_ZONE')),
v AS (SELECT unit_id, SUM(received) rc, SUM(on_time) ot, SUM(late) lt, SUM(online) onl, SUM(fully_online) fo, SUM(paid_online) po,
        SUM(e_results) er, SUM(digitised) dg, SUM(published) pb, SUM(feedback_received) fr, SUM(feedback_on_time) fot, SUM(feedback_rated) frt,
        SUM(feedback_satisfied) fs, SUM(procedures_rated) prt, SUM(procedures_satisfied) ps
      FROM bench_service_statistics WHERE period_code = '$PERIOD' AND unit_id IN (SELECT id FROM units) GROUP BY unit_id),
s AS (SELECT unit_id, round(18 * LEAST(1, pb::numeric / NULLIF(rc, 0)), 2) + round(14 * LEAST(1, ot::numeric / NULLIF(ot + lt, 0)), 2)
        + round(6 * GREATEST(0, 1 - lt::numeric / NULLIF(rc, 0)), 2) + round(6 * LEAST(1, onl::numeric / NULLIF(rc, 0) / 0.8), 2)
        + round(6 * LEAST(1, fo::numeric / NULLIF(onl, 0) / 0.8), 2) + round(10 * LEAST(1, po::numeric / NULLIF(onl, 0) / 0.6), 2)
        + round(11 * LEAST(1, dg::numeric / NULLIF(rc, 0)), 2) + round(11 * LEAST(1, er::numeric / NULLIF(ot + lt, 0)), 2)
        + round(6 * LEAST(1, fot::numeric / NULLIF(fr, 0)), 2) + round(6 * LEAST(1, fs::numeric / NULLIF(frt, 0)), 2)
        + round(6 * LEAST(1, ps::numeric / NULLIF(prt, 0) / 0.9), 2) AS total FROM v)
SELECT COUNT(*), MAX(rank) FROM (SELECT DENSE_RANK() OVER (ORDER BY total DESC) AS rank FROM s) x;
SQL
for set in overview 766; do
  : > "$WORK/raw-$set.times"
  for _ in $(seq 1 "$RAW_RUNS"); do
    psql "$URL" -q -c '\timing on' -f "$WORK/raw-$set.sql" | grep -oE 'Time: [0-9.]+' | awk '{print $2}' >> "$WORK/raw-$set.times"
  done
  raw=$(sort -n "$WORK/raw-$set.times" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  result=$(psql "$URL" -Atc "$(cat "$WORK/raw-$set.sql")")
  echo "raw rows set=$set ($RAW_RUNS runs, one client): median $raw ms (units ranked, ranks: $result); ratio raw median ÷ API p95:" \
    "$(awk -v r="$raw" -v a="${P95[$set]}" 'BEGIN {printf "%.1f", r / a}')×, ÷ API median: $(awk -v r="$raw" -v a="${MEDIAN[$set]}" 'BEGIN {printf "%.1f", r / a}')×"
done
