#!/usr/bin/env bash
# Backup of the zero-setup H2 database as a compressed SQL script (H2's Script tool, shipped inside wardops.jar).
# Stop WardOps first: the H2 file database admits one process at a time.
# Usage: ops/h2-backup.sh [DATABASE_PATH] FILE.zip      (DATABASE_PATH defaults to ./data/wardops)
set -euo pipefail
jar=${WARDOPS_JAR:-target/wardops.jar}
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
if [ $# -eq 1 ]; then path=./data/wardops; file=$1; elif [ $# -eq 2 ]; then path=$1; file=$2; else
  echo "usage: $0 [DATABASE_PATH] FILE.zip" >&2; exit 64; fi
[ -f "$path.mv.db" ] || { echo "no H2 database at $path.mv.db" >&2; exit 66; }
"$java" -cp "$jar" -Dloader.main=org.h2.tools.Script org.springframework.boot.loader.launch.PropertiesLauncher \
  -url "jdbc:h2:file:$path;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" -user sa \
  -script "$file" -options COMPRESSION ZIP
echo "backup of $path written to $file"
