#!/usr/bin/env bash
# Measures the indicators module on this machine against a running demo instance (127.0.0.1 only, bounded):
#  1. import of $MONTHS months (default 24, to 2024-12) of statistics for every commune-level unit of the country (3,321 units) through
#     POST /api/v1/indicator-values/import, in rows/s, next to PostgreSQL COPY of the same rows into a scratch table
#     (when DB_URL names a PostgreSQL database; psql needed);
#  2. a full rebuild of the pre-aggregated tables at that size plus the demo's months (POST /api/v1/scores/rebuild);
#  3. the city ranking under 50 concurrent clients (500 requests): median and p95;
#  4. the time from a changed value (PUT /api/v1/indicator-values) to the changed ranking.
# Usage: bench/indicators.sh  (starts target/wardops.jar on H2 unless BASE_URL points at a running instance;
#        DB_URL=postgresql://postgres@127.0.0.1/wardops with SPRING_DATASOURCE_URL set for the instance runs on PostgreSQL)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-8182}
MONTHS=${MONTHS:-24}
BASE_URL=${BASE_URL:-}
JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
WORK=$(mktemp -d)
PID=
trap '[ -n "$PID" ] && kill $PID 2>/dev/null; rm -rf "$WORK"' EXIT
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -sr), $($JAVA -version 2>&1 | head -1)"
if [ -z "$BASE_URL" ]; then
  [ -f target/wardops.jar ] || ./mvnw -B -q -DskipTests package
  (cd "$WORK" && exec "$JAVA" -jar "$OLDPWD/target/wardops.jar" --server.port=$PORT --spring.profiles.active=demo > "$WORK/app.log" 2>&1) &
  PID=$!
  BASE_URL=http://127.0.0.1:$PORT
  for _ in $(seq 1 600); do curl -sf "$BASE_URL/actuator/health/readiness" >/dev/null && break; sleep 1; done
  grep -o 'Demo public-service statistics: .*' "$WORK/app.log" || true
fi
TOKEN=$(curl -s -X POST "$BASE_URL/api/v1/auth/tokens" -H 'Content-Type: application/json' \
  -d '{"username":"admin","password":"wardops-demo"}' | sed -E 's/.*"token":"([^"]+)".*/\1/')
AUTH="Authorization: Bearer $TOKEN"

# Every commune-level unit of the country, from the directory API (7 pages of 500).
: > "$WORK/codes"
for page in $(seq 0 7); do
  curl -s -H "$AUTH" "$BASE_URL/api/v1/units?province=all&size=500&page=$page" \
    | { grep -oE '"code":"[^"]+","name":"[^"]*","type":"(WARD|COMMUNE|SPECIAL_ZONE)"' || true; } | sed -E 's/"code":"([^"]+)".*/\1/' >> "$WORK/codes"
done
units=$(sort -u "$WORK/codes" | wc -l)
echo "commune-level units: $units"
{
  echo "unit_code,period,dossiers.received,dossiers.onTime,dossiers.late,dossiers.online,dossiers.fullyOnline,dossiers.paidOnline,dossiers.eResults,dossiers.digitised,dossiers.published,feedback.received,feedback.handledOnTime,feedback.rated,feedback.satisfied,procedures.rated,procedures.satisfied"
  sort -u "$WORK/codes" | awk -v months="$MONTHS" '{for (i = 0; i < months; i++) { y = 2025 - int((months + 11) / 12) + int(i / 12); m = i % 12 + 1; r = 800 + (NR * 37 + m * 11) % 1500;
    printf "%s,%d-%02d,%d,%d,%d,%d,%d,%d,%d,%d,%d,%d,%d,%d,%d,%d,%d\n", $1, y, m, r, r*0.95, r*0.02, r*0.75, r*0.5, r*0.3, r*0.8, r*0.8, r*0.9, 12, 11, 8, 7, r*0.3, r*0.27 }}'
} > "$WORK/year.csv"
rows=$(( $(wc -l < "$WORK/year.csv") - 1 ))
start=$(date +%s%N)
curl -s -o "$WORK/import.json" -w '%{http_code}\n' -H "$AUTH" -F "file=@$WORK/year.csv" "$BASE_URL/api/v1/indicator-values/import" > "$WORK/import.status"
ms=$(( ($(date +%s%N) - start) / 1000000 ))
echo "import of $rows rows ($(( rows * 15 )) values): HTTP $(cat "$WORK/import.status"), $ms ms, $(( rows * 1000 / (ms > 0 ? ms : 1) )) rows/s"
if [ -n "${DB_URL:-}" ] && command -v psql >/dev/null; then
  psql "$DB_URL" -q -c "CREATE TEMP TABLE bench_copy (unit_code text, period text, v1 int, v2 int, v3 int, v4 int, v5 int, v6 int, v7 int, v8 int, v9 int, v10 int, v11 int, v12 int, v13 int, v14 int, v15 int)" \
    -c "\\timing on" -c "\\copy bench_copy FROM '$WORK/year.csv' CSV HEADER" | grep -i time || true
fi

start=$(date +%s%N)
curl -s -X POST -H "$AUTH" "$BASE_URL/api/v1/scores/rebuild" > "$WORK/rebuild.json"
echo "full rebuild: $(( ($(date +%s%N) - start) / 1000000 )) ms, $(cat "$WORK/rebuild.json")"

period=2024-12
# ab (apache2-utils) keeps 50 connections busy without a process per request (curl in xargs spent the machine's two
# cores on starting curl); the first 2,000 requests warm the JIT and are not counted.
RANKING="$BASE_URL/api/v1/rankings?set=766&period=$period&size=50"
ab -q -n 2000 -c 10 -H "$AUTH" "$RANKING" > /dev/null
ab -q -n 5000 -c 50 -H "$AUTH" "$RANKING" | awk '/Complete requests|Non-2xx|Requests per second|^ +50%|^ +95%|^ +99%/' \
  | tr -s ' ' | paste -sd ';' | sed 's/^/GET \/api\/v1\/rankings (city, 50 concurrent clients, 5,000 requests after 2,000 to warm up): /'

unit=$(curl -s -H "$AUTH" "$BASE_URL/api/v1/units?q=xom%20chieu" | grep -oE '"id":"[^"]+"' | head -1 | sed -E 's/"id":"([^"]+)"/\1/')
total() { curl -s -H "$AUTH" "$BASE_URL/api/v1/rankings?set=766&period=$period&size=500" \
  | grep -oE "\"unitId\":\"$unit\"[^}]*\"total\":[0-9.]+" | sed -E 's/.*"total":([0-9.]+)/\1/'; }
before=$(total)
start=$(date +%s%N)
curl -s -o /dev/null -X PUT -H "$AUTH" -H 'Content-Type: application/json' \
  -d "{\"unitId\":\"$unit\",\"period\":\"$period\",\"values\":[{\"dataElement\":\"dossiers.published\",\"value\":0}]}" "$BASE_URL/api/v1/indicator-values"
for _ in $(seq 1 100); do [ "$(total)" != "$before" ] && break; done
echo "changed value to changed ranking: $(( ($(date +%s%N) - start) / 1000000 )) ms (total $before -> $(total); the refresh runs in the writing transaction)"
