#!/usr/bin/env bash
# Restores a backup made by ops/pg-backup.sh into an EMPTY database, all or nothing (one transaction).
# Refuses a database that already holds tables, so a restore never mixes two states.
# Usage: ops/pg-restore.sh FILE.dump DATABASE     (create it first: createdb -E UTF8 -T template0 DATABASE)
set -euo pipefail
[ $# -eq 2 ] || { echo "usage: $0 FILE.dump DATABASE" >&2; exit 64; }
file=$1
database=$2
tables=$(psql --no-psqlrc -tAc "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema')" "$database")
if [ "$tables" != "0" ]; then
  echo "refused: database $database is not empty ($tables tables); restore into a new, empty database" >&2
  exit 2
fi
pg_restore --exit-on-error --single-transaction --no-owner --no-privileges --dbname="$database" "$file"
echo "restored $file into $database"
