#!/usr/bin/env bash
# Load test of issue 8: 50 distinct accounts (tokens and page sessions) reading the main pages and API lists at 10 and
# 50 concurrent clients, and 20 concurrent writers, against the jar on H2 and then on a fresh PostgreSQL database.
# Talks only to 127.0.0.1; every phase is bounded in requests and time (bench/src/LoadTest.java).
# Usage: bench/load.sh [h2|postgresql|both]   (builds target/wardops.jar if missing; needs a JDK 21+ in JAVA_HOME;
#        PostgreSQL at 127.0.0.1:5432, user postgres, trust). Tunables: READS=1000 WRITES=25 PORT=8182.
set -euo pipefail
cd "$(dirname "$0")/.."
WHICH=${1:-both}
PORT=${PORT:-8182}
JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
READS=${READS:-1000}
WRITES=${WRITES:-25}
[ -f target/wardops.jar ] || ./mvnw -B -q -o -DskipTests package
WORK=$(mktemp -d)
PID=
DB=
cleanup() {
  [ -n "$PID" ] && kill "$PID" 2>/dev/null && wait "$PID" 2>/dev/null || true
  [ -n "$DB" ] && dropdb -h 127.0.0.1 -U postgres --if-exists "$DB" || true
  rm -rf "$WORK"
}
trap cleanup EXIT

echo "machine: $(nproc) cores, $(free -h | awk '/Mem:/ {print $2}') RAM, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(uname -sr), $($JAVA -version 2>&1 | head -1)"
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"

# Every bench account logs in and reads from 127.0.0.1, so the per-address limits (60 log-ins and 1,200 API requests a
# minute) are raised for the run: they would answer 429 to the test itself. The per-token limit stays as configured.
start_app() { # $1 label, rest: extra arguments
  local label=$1; shift
  (cd "$WORK" && exec "$JAVA" -jar "$OLDPWD/target/wardops.jar" --server.port="$PORT" --server.address=127.0.0.1 \
      --spring.profiles.active=demo --wardops.notifications.jobs-enabled=false \
      --wardops.access.rate-limit.login-per-address=1000 --wardops.access.rate-limit.api-per-address=1000000 \
      "$@" > "$WORK/app-$label.log" 2>&1) &
  PID=$!
  for _ in $(seq 1 1800); do
    curl -sf "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null && return 0
    kill -0 "$PID" 2>/dev/null || { tail -50 "$WORK/app-$label.log"; return 1; }
    sleep 0.5
  done
  echo "not ready after 15 minutes"; tail -50 "$WORK/app-$label.log"; return 1
}

stop_app() {
  kill "$PID" 2>/dev/null || true
  wait "$PID" 2>/dev/null || true
  PID=
}

measure() { # $1 label
  "$JAVA" -Dreads="$READS" -Dwrites="$WRITES" bench/src/LoadTest.java "http://127.0.0.1:$PORT" "$1"
  echo "pool after the run ($1): $(grep -c 'Connection is not available' "$WORK/app-$1.log" || true) pool time-outs, $(grep -c ' ERROR ' "$WORK/app-$1.log" || true) ERROR lines in the log"
}

if [ "$WHICH" = h2 ] || [ "$WHICH" = both ]; then
  start_app H2 "--spring.datasource.url=jdbc:h2:file:$WORK/h2/wardops;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
  measure H2
  stop_app
fi
if [ "$WHICH" = postgresql ] || [ "$WHICH" = both ]; then
  DB="wardops_load_$(date +%s)"
  createdb -h 127.0.0.1 -U postgres "$DB"
  start_app PostgreSQL "--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/$DB" --spring.datasource.username=postgres \
      --spring.datasource.password=
  measure PostgreSQL
  stop_app
fi
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
