#!/usr/bin/env bash
# Measures the capacity inventory import on this machine: 10,000 assets as CSV through
# POST /api/v1/assets/import (dry run, then commit) against PostgreSQL COPY of the same rows into a scratch table,
# and the asset list p95 with concurrent clients. Talks only to 127.0.0.1; bounded in count and time.
# Usage: bench/capacity-import.sh  (needs a running instance on $BASE with the demo data, e.g. on PostgreSQL,
# and psql for the COPY comparison into a scratch table of the same database DB; ROWS may be overridden). It imports into
# Xóm Chiếu (xomchieu.officer): run it on a throwaway database. The national-size list benchmark is bench/capacity-national.sh.
set -euo pipefail
BASE=${BASE:-http://127.0.0.1:8102}
DB=${DB:-postgres}
ROWS=${ROWS:-10000}
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
  start=$(date +%s%N)
  psql -h 127.0.0.1 -U postgres -q -v ON_ERROR_STOP=1 -c "CREATE TEMP TABLE bench_assets (type text, tag text, serial text, model text, year int, product text, version text, edition text, state text, location text)" \
    -c "\\copy bench_assets FROM '$WORK/assets.csv' CSV HEADER" "$DB"
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  echo "PostgreSQL COPY of the same $ROWS rows (psql, connection included): $ms ms ($(( ROWS * 1000 / (ms > 0 ? ms : 1) )) rows/s)"
fi
