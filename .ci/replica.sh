#!/usr/bin/env bash
# A streaming replica of the local PostgreSQL (127.0.0.1:5432) on 127.0.0.1:5433, for the read-replica tests
# (SeveralInstancesIntegrationTests). Idempotent: a replica that already runs is kept; otherwise it is made afresh with
# pg_basebackup -R (a stopped one is not restarted: the primary may have recycled the WAL it would need).
# Run as root (it acts as the postgres user) or as postgres. Docs: docs/deployment.md, "A read replica".
set -euo pipefail

primary_port=${WARDOPS_PRIMARY_PORT:-5432}
replica_port=${WARDOPS_REPLICA_PORT:-5433}
data=${WARDOPS_REPLICA_DATA:-/var/lib/postgresql/wardops-replica}
version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
bin=/usr/lib/postgresql/$version/bin

as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
primary_sql() {
  psql -h 127.0.0.1 -p "$primary_port" -U postgres -Atqc "$1"
}

if pg_isready -h 127.0.0.1 -p "$replica_port" -q; then
  if [ "$(psql -h 127.0.0.1 -p "$replica_port" -U postgres -Atqc 'SELECT pg_is_in_recovery()')" = t ]; then
    echo "replica: already streaming on port $replica_port"
    exit 0
  fi
  echo "replica: port $replica_port answers but is not a standby" >&2
  exit 1
fi

# The primary must accept replication connections from this machine ("all" in pg_hba.conf does not cover them).
hba=$(primary_sql 'SHOW hba_file')
if ! grep -Eq '^host[[:space:]]+replication[[:space:]]+all[[:space:]]+127\.0\.0\.1/32' "$hba"; then
  echo 'host replication all 127.0.0.1/32 trust' >> "$hba"
  primary_sql 'SELECT pg_reload_conf()' >/dev/null
fi

if [ -f "$data/postmaster.pid" ]; then
  as_postgres "$bin/pg_ctl" -D "$data" -m immediate stop >/dev/null 2>&1 || true
fi
rm -rf "$data"
mkdir -p "$data"
chown postgres:postgres "$data"
chmod 700 "$data"
as_postgres "$bin/pg_basebackup" -h 127.0.0.1 -p "$primary_port" -U postgres -D "$data" -R -X stream -c fast

# Debian keeps the configuration under /etc, so the copy has none: a small one of its own. A standby needs at least
# the primary's limits for connections, workers and locks.
limits=$(primary_sql "SELECT string_agg(name || ' = ' || setting, E'\\n') FROM pg_settings WHERE name IN
  ('max_connections', 'max_worker_processes', 'max_wal_senders', 'max_prepared_transactions', 'max_locks_per_transaction')")
as_postgres tee "$data/postgresql.conf" >/dev/null <<EOF
port = $replica_port
listen_addresses = '127.0.0.1'
hot_standby = on
hot_standby_feedback = on
shared_buffers = 32MB
$limits
EOF
as_postgres tee "$data/pg_hba.conf" >/dev/null <<'EOF'
local all all trust
host all all 127.0.0.1/32 trust
EOF
as_postgres touch "$data/pg_ident.conf"
as_postgres "$bin/pg_ctl" -D "$data" -l "$data/replica.log" -w -t 60 start >/dev/null
for _ in $(seq 1 30); do
  pg_isready -h 127.0.0.1 -p "$replica_port" -q && break
  sleep 1
done
echo "replica: streaming on port $replica_port from port $primary_port ($data)"
