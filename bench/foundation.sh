#!/usr/bin/env bash
# Measures the foundation on this machine: start-up time and memory of the demo instance, the compressed size of
# the JS and CSS a page loads, and the latency of a unit search. Talks only to 127.0.0.1; bounded in count and time.
# Usage: bench/foundation.sh   (builds target/wardops.jar if missing; needs JAVA_HOME of a JDK 21+)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-8181}
JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
[ -f target/wardops.jar ] || ./mvnw -B -q -DskipTests package
WORK=$(mktemp -d)
trap 'kill $PID 2>/dev/null || true; rm -rf "$WORK"' EXIT

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -sr), $($JAVA -version 2>&1 | head -1)"
start=$(date +%s%N)
(cd "$WORK" && exec "$JAVA" -jar "$OLDPWD/target/wardops.jar" --server.port=$PORT --spring.profiles.active=demo > "$WORK/app.log" 2>&1) &
PID=$!
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null && break
  sleep 0.5
done
ready=$(date +%s%N)
echo "first start (schema, 3,355 units, demo data): $(( (ready - start) / 1000000 )) ms until ready; $(grep -o 'Started WardOpsApplication in [0-9.]* seconds' "$WORK/app.log")"
echo "resident memory after start: $(( $(ps -o rss= -p $(pgrep -P $PID java || echo $PID)) / 1024 )) MiB"

jar=$(mktemp)
login() { curl -s -c "$jar" -b "$jar" "http://127.0.0.1:$PORT/login" > "$WORK/login.html"
  token=$(grep -o 'name="_csrf" value="[^"]*"' "$WORK/login.html" | head -1 | sed 's/.*value="//; s/"//')
  curl -s -c "$jar" -b "$jar" -o /dev/null -d "username=$1&password=wardops-demo&_csrf=$token" "http://127.0.0.1:$PORT/login"; }
weigh() { # the compressed size of the scripts and stylesheets one page references
  local page=$1 total=0
  for asset in $(curl -s -b "$jar" "http://127.0.0.1:$PORT$page" | grep -oE '(href|src)="/(css|webjars)/[^"]+"' | sed -E 's/^(href|src)="//; s/"$//'); do
    size=$(curl -s -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download}' "http://127.0.0.1:$PORT$asset")
    total=$((total + size))
  done
  echo "$page: $total bytes of JS+CSS (gzip)"; }
weigh /login
login xomchieu.officer
weigh "/units?q=xom%20chieu"

TOKEN=$(curl -s -X POST "http://127.0.0.1:$PORT/api/v1/auth/tokens" -H 'Content-Type: application/json' \
  -d '{"username":"leader","password":"wardops-demo"}' | sed -E 's/.*"token":"([^"]+)".*/\1/')
for query in "province=79&type=WARD&q=xom%20chieu" "province=all&size=50" "province=79&size=200"; do
  times=()
  for _ in $(seq 1 50); do
    times+=("$(curl -s -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT/api/v1/units?$query")")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v q="$query" '{a[NR]=$1} END {printf "GET /api/v1/units?%s: median %.1f ms, p95 %.1f ms (50 requests)\n", q, a[int(NR/2)]*1000, a[int(NR*0.95)]*1000}'
done
rm -f "$jar"
