#!/usr/bin/env bash
# The asset list and the readiness ranking at national size: 3,321 units (every commune-level unit of
# /work/shared/data/vn-admin-units-2025.csv) with 66,000 assets and a score each, p95 with 50 concurrent clients (ab).
# The fixture is written by SQL into the capacity tables of a throwaway PostgreSQL database the instance runs on
# (ids md5('capacity-bench-' || unit_code), removed again at the end); the API reads it like any unit's records
# (the city roles see every unit). Talks only to 127.0.0.1; bounded in count and time.
# Usage: DB=<database> BASE=http://127.0.0.1:8102 bench/capacity-national.sh
set -euo pipefail
BASE=${BASE:-http://127.0.0.1:8102}
DB=${DB:?the PostgreSQL database the instance runs on}
UNITS_CSV=${UNITS_CSV:-/work/shared/data/vn-admin-units-2025.csv}
ASSETS=${ASSETS:-66000}
CLIENTS=${CLIENTS:-50}
REQUESTS=${REQUESTS:-1000}
PSQL=(psql -h 127.0.0.1 -U postgres -d "$DB" -v ON_ERROR_STOP=1 -q)
WORK=$(mktemp -d)

cleanup() {
  "${PSQL[@]}" -c "DELETE FROM capacity_asset WHERE unit_id IN (SELECT id FROM bench_units);
    DELETE FROM capacity_readiness_point WHERE unit_id IN (SELECT id FROM bench_units);
    DELETE FROM capacity_readiness WHERE unit_id IN (SELECT id FROM bench_units); DROP TABLE IF EXISTS bench_units;" || true
  rm -rf "$WORK"
}
trap cleanup EXIT

echo "machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem:/ {print $2}') GiB, load $(cut -d' ' -f1-3 /proc/loadavg)"
"${PSQL[@]}" <<SQL
DROP TABLE IF EXISTS bench_units;
CREATE TABLE bench_units (province_code TEXT, province_name TEXT, province_type TEXT, unit_code TEXT, unit_name TEXT, unit_type TEXT, id UUID, n INT);
\copy bench_units (province_code, province_name, province_type, unit_code, unit_name, unit_type) FROM '$UNITS_CSV' CSV HEADER
UPDATE bench_units SET id = md5('capacity-bench-' || unit_code)::uuid;
UPDATE bench_units b SET n = r.n FROM (SELECT unit_code, ROW_NUMBER() OVER (ORDER BY unit_code) - 1 AS n FROM bench_units) r WHERE r.unit_code = b.unit_code;
INSERT INTO capacity_asset (id, unit_id, asset_type, tag, serial, model, purchase_year, os_product, os_version, os_edition, os_key, eol_date, state, location, version, updated_at)
SELECT md5('capacity-bench-asset-' || g)::uuid, u.id, CASE WHEN g % 10 < 7 THEN 'DESKTOP' WHEN g % 10 < 9 THEN 'LAPTOP' ELSE 'PRINTER' END,
       'NB-' || g, 'NS' || g, 'Dell OptiPlex', 2012 + g % 14, 'windows',
       CASE WHEN g % 4 = 0 THEN '7' WHEN g % 4 = 1 THEN '10 22H2' ELSE '11 25H2' END, 'Pro',
       CASE WHEN g % 4 = 0 THEN 'windows/7' WHEN g % 4 = 1 THEN 'windows/10-22h2-w' ELSE 'windows/11-25h2-w' END,
       CASE WHEN g % 4 = 0 THEN DATE '2020-01-14' WHEN g % 4 = 1 THEN DATE '2025-10-14' ELSE DATE '2027-10-12' END,
       'IN_USE', 'Kho', 0, now()
FROM generate_series(1, $ASSETS) g JOIN bench_units u ON u.n = g % (SELECT COUNT(*) FROM bench_units);
INSERT INTO capacity_readiness (unit_id, unit_name, score, max_points, computed_at)
SELECT id, unit_name, (abs(hashtext(unit_code)) % 10001) / 100.0, 100, now() FROM bench_units;
INSERT INTO capacity_readiness_point (unit_id, criterion_code, points, max_points)
SELECT b.id, c.code, round((abs(hashtext(b.unit_code || c.code)) % (c.weight * 100 + 1)) / 100.0, 2), c.weight
FROM bench_units b CROSS JOIN capacity_criterion c WHERE c.active;
-- what autovacuum does after a load of this size in production (this machine's PostgreSQL runs with it off):
-- planner statistics and the visibility map, without which index-only scans still visit every heap page
VACUUM (ANALYZE) capacity_asset; VACUUM (ANALYZE) capacity_readiness; VACUUM (ANALYZE) capacity_readiness_point;
SQL
echo "fixture: $("${PSQL[@]}" -At -c "SELECT COUNT(*) FROM bench_units") units, $("${PSQL[@]}" -At -c "SELECT COUNT(*) FROM capacity_asset") assets, $("${PSQL[@]}" -At -c "SELECT COUNT(*) FROM capacity_readiness") scored units"

token=$(curl -sf -H 'Content-Type: application/json' -d '{"username":"leader","password":"wardops-demo"}' "$BASE/api/v1/auth/tokens" \
  | sed 's/.*"token":"\([^"]*\)".*/\1/')
unit=$("${PSQL[@]}" -At -c "SELECT id FROM bench_units ORDER BY unit_code LIMIT 1 OFFSET 1000")
run() {
  local name=$1 path=$2
  curl -sf -o /dev/null -H "Authorization: Bearer $token" "$BASE$path" || { echo "$name: request failed"; return; }
  ab -q -n "${WARMUP:-1000}" -c 10 -H "Authorization: Bearer $token" "$BASE$path" > /dev/null 2>&1 || true   # JIT warm-up, not counted
  ab -q -n "$REQUESTS" -c "$CLIENTS" -H "Authorization: Bearer $token" "$BASE$path" > "$WORK/ab.txt" 2>&1 || true
  printf '%-44s p50 %5s ms  p95 %5s ms  max %5s ms  %s req/s  failed %s  non-2xx %s\n' "$name" \
    "$(awk '/ 50%/ {print $2}' "$WORK/ab.txt")" "$(awk '/ 95%/ {print $2}' "$WORK/ab.txt")" "$(awk '/100%/ {print $2}' "$WORK/ab.txt")" \
    "$(awk '/Requests per second/ {print $4}' "$WORK/ab.txt")" "$(awk '/Failed requests/ {print $3}' "$WORK/ab.txt")" \
    "$(awk '/Non-2xx/ {print $3} END {if (!found) print ""}' "$WORK/ab.txt" | head -1)"
}
echo "$CLIENTS concurrent clients, $REQUESTS requests each case (leader, sees every unit):"
run "assets, first page (50)" "/api/v1/assets?size=50"
run "assets, support=UNSUPPORTED, page 100" "/api/v1/assets?support=UNSUPPORTED&size=50&page=100"
run "assets of one unit" "/api/v1/assets?unitId=$unit&size=50"
run "readiness ranking, first page (50)" "/api/v1/readiness?size=50"
run "readiness ranking, page 60 (50)" "/api/v1/readiness?size=50&page=60"
