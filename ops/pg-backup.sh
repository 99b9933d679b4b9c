#!/usr/bin/env bash
# Consistent backup of a WardOps PostgreSQL database: pg_dump reads everything in one snapshot, so a backup taken
# while WardOps runs holds every table as of one instant (the audit chain included).
# Usage: ops/pg-backup.sh DATABASE FILE.dump      (connection from PGHOST, PGPORT, PGUSER, PGPASSWORD as usual)
set -euo pipefail
[ $# -eq 2 ] || { echo "usage: $0 DATABASE FILE.dump" >&2; exit 64; }
database=$1
file=$2
pg_dump --format=custom --no-owner --no-privileges --file="$file.partial" "$database"
mv "$file.partial" "$file"
echo "backup of $database written to $file ($(stat -c %s "$file") bytes)"
