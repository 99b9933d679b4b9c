#!/usr/bin/env bash
# Audit throughput (issue 13): writes per second through the hash-chained audit trail with 20 concurrent writers on
# PostgreSQL, on a fresh database of its own (dropped afterwards), with WardOps' audit schema and statements: one chain
# for everything (before V192), no chain (the database's own ceiling for the same rows), and one chain per unit (now).
# Usage: bench/audit-writers.sh [WRITERS] [SECONDS]   (defaults 20 and 15; PostgreSQL at 127.0.0.1:5432, user postgres, trust)
set -euo pipefail
cd "$(dirname "$0")/.."
WRITERS=${1:-20}
SECONDS_PER_MODE=${2:-15}
JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
DRIVER=$(ls ~/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar | grep -v sources | sort -V | tail -n 1)
DB=wardops_bench_audit_$$
createdb -h 127.0.0.1 -U postgres -E UTF8 -T template0 "$DB"
trap 'dropdb -h 127.0.0.1 -U postgres --if-exists "$DB"' EXIT

echo "machine: $(nproc) cores, $(free -h | awk '/Mem:/ {print $2}') RAM, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(uname -sr)"
echo "PostgreSQL: $(psql -h 127.0.0.1 -U postgres -Atc 'SELECT version()' | cut -d, -f1); synchronous_commit=$(psql -h 127.0.0.1 -U postgres -Atc 'SHOW synchronous_commit')"
for mode in one-chain plain per-unit; do
  echo "load average before $mode: $(cut -d' ' -f1-3 /proc/loadavg)"
  "$JAVA" -cp "$DRIVER" bench/src/AuditWriters.java "jdbc:postgresql://127.0.0.1:5432/$DB" "$mode" "$WRITERS" "$SECONDS_PER_MODE"
done
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
