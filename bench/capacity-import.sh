#!/usr/bin/env bash
# Measures the capacity inventory import on this machine: 10,000 assets as CSV through
# POST /api/v1/assets/import (dry run, then commit) against PostgreSQL COPY of the same rows into a scratch table,
# and the asset list p95 with concurrent clients. Talks only to 127.0.0.1; bounded in count and time.
# Usage: bench/capacity-import.sh  (needs a running instance on $BASE with the demo data, e.g. on PostgreSQL,
# and psql for the COPY comparison; ROWS and CLIENTS may be overridden)
set -euo pipefail
BASE=${BASE:-http://127.0.0.1:8181}
ROWS=${ROWS:-10000}
CLIENTS=${CLIENTS:-50}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -sr)"
token=$(curl -sf -H 'Content-Type: application/json' -d '{"username":"xomchieu.officer","password":"wardops-demo"}' "$BASE/api/v1/auth/tokens" \
  | sed 's/.*"token":"\([^"]*\)".*/\1/')
unit=$(curl -sf -H "Authorization: Bearer $token" "$BASE/api/v1/me" | sed 's/.*"unitId":"\([^"]*\)".*/\1/')
{
  echo "type,tag,serial,model,purchaseYear,osProduct,osVersion,osEdition,state,location"
  for i in $(seq 1 "$ROWS"); do
    echo "DESKTOP,BENCH-$i,BS$i,Dell OptiPlex,$((2014 + i % 12)),windows,11 25H2,Pro,IN_USE,Kho"
  done
} > "$WORK/assets.csv"

for mode in true false; do
  start=$(date +%s%N)
  result=$(curl -sf -H "Authorization: Bearer $token" -F "file=@$WORK/assets.csv;type=text/csv" "$BASE/api/v1/assets/import?unitId=$unit&dryRun=$mode")
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  echo "import dryRun=$mode: $ROWS rows in $ms ms ($(( ROWS * 1000 / (ms > 0 ? ms : 1) )) rows/s): ${result:0:80}"
done

if command -v psql >/dev/null; then
  psql -h 127.0.0.1 -U postgres -q -c "CREATE TEMP TABLE bench_assets (type text, tag text, serial text, model text, year int, product text, version text, edition text, state text, location text)" \
    -c "\\timing on" -c "\\copy bench_assets FROM '$WORK/assets.csv' CSV HEADER" postgres | grep -i time || true
fi

echo "asset list, $CLIENTS concurrent clients, 20 requests each:"
seq 1 $((CLIENTS * 20)) | xargs -P "$CLIENTS" -I{} curl -s -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $token" \
  "$BASE/api/v1/assets?support=UNSUPPORTED&size=50" > "$WORK/times.txt"
sort -n "$WORK/times.txt" | awk '{a[NR]=$1} END {printf "  p50 %.0f ms, p95 %.0f ms, max %.0f ms\n", a[int(NR*0.5)]*1000, a[int(NR*0.95)]*1000, a[NR]*1000}'
