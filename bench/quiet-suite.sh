#!/usr/bin/env bash
# Runs the benchmarks of issues 9, 10 and 11 one after the other against one instance on a fresh PostgreSQL database
# with the demo city (168 units), then the 50-account load test: meant for a quiet machine (nothing else running).
# Everything it prints goes to docs/benchmarks.md by hand. Talks only to 127.0.0.1; each step is bounded.
# Usage: bench/quiet-suite.sh   (PORT=8102; builds target/wardops.jar if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-8102}
JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
DB=wardops_bench_$(date +%s)
BASE=http://127.0.0.1:$PORT
WORK=$(mktemp -d)
PID=
cleanup() {
  [ -n "$PID" ] && kill "$PID" 2>/dev/null && wait "$PID" 2>/dev/null || true
  dropdb -h 127.0.0.1 -U postgres --if-exists "$DB" || true
  rm -rf "$WORK"
}
trap cleanup EXIT
[ -f target/wardops.jar ] || ./mvnw -B -q -o -DskipTests package
echo "machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -sr), $($JAVA -version 2>&1 | head -1), PostgreSQL $(psql -h 127.0.0.1 -U postgres -Atc 'SHOW server_version')"
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
createdb -h 127.0.0.1 -U postgres "$DB"
# Every client of the benchmarks runs on 127.0.0.1, many with one token: the request limits (docs/configuration.md)
# would answer 429 to the measurement itself, so they are raised for this instance. They are not what is measured.
start=$(date +%s)
(cd "$WORK" && exec "$JAVA" -Xmx1g -jar "$OLDPWD/target/wardops.jar" --server.port="$PORT" --server.address=127.0.0.1 --spring.profiles.active=demo \
    --wardops.notifications.jobs-enabled=false --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$DB" \
    --wardops.access.rate-limit.login-per-address=1000 --wardops.access.rate-limit.api-per-address=1000000 \
    --wardops.access.rate-limit.api-per-token=1000000 \
    --spring.datasource.username=postgres --spring.datasource.password= > "$WORK/app.log" 2>&1) &
PID=$!
for _ in $(seq 1 1200); do
  curl -sf "$BASE/actuator/health/readiness" >/dev/null && break
  kill -0 "$PID" 2>/dev/null || { tail -40 "$WORK/app.log"; exit 1; }
  sleep 0.5
done
echo "instance ready (demo city loaded) after $(( $(date +%s) - start )) s"
# The demo start publishes every unit's figures after its commits; indicators store and rescore them one after the
# other in the background. Measure once that backlog has drained (bounded: 10 minutes), not while it competes.
for _ in $(seq 1 600); do
  pending=$(psql -h 127.0.0.1 -U postgres -d "$DB" -Atc "SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL")
  [ "$pending" = 0 ] && break
  sleep 1
done
echo "background publications drained after $(( $(date +%s) - start )) s (pending: $pending)"

month=$(TZ=Asia/Ho_Chi_Minh date -d "$(TZ=Asia/Ho_Chi_Minh date +%Y-%m-01) -1 day" +%Y-%m)
echo; echo "== page weight (leader)"; BASE=$BASE bench/page-weight.sh leader / /overview /tasks /difficulties /capacity || true
echo; echo "== overview and 766 rankings, demo city, period $month"
BASE_URL=$BASE DB=$DB PERIOD=$month DURATION=20s RAW_RUNS=5 bench/overview.sh || true
echo; echo "== capacity at national size"; DB=$DB BASE=$BASE REQUESTS=1000 bench/capacity-national.sh || true
echo; echo "== capacity import"; BASE=$BASE DB=$DB bench/capacity-import.sh || true
echo; echo "== indicators at national size"; BASE_URL=$BASE DB_URL="postgresql://postgres@127.0.0.1:5432/$DB" bench/indicators.sh || true
echo "pool time-outs in the instance's log: $(grep -c 'Connection is not available' "$WORK/app.log" || true); ERROR lines: $(grep -c ' ERROR ' "$WORK/app.log" || true)"
kill "$PID"; wait "$PID" 2>/dev/null || true; PID=
echo; echo "== 50 distinct accounts (home page, to-do list, lists), PostgreSQL"; READS=500 bench/load.sh postgresql || true
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
