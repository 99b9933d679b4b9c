#!/usr/bin/env bash
# Restores a backup made by ops/h2-backup.sh into a NEW H2 database; refuses a path where a database exists.
# Usage: ops/h2-restore.sh FILE.zip [DATABASE_PATH]      (DATABASE_PATH defaults to ./data/wardops)
set -euo pipefail
jar=${WARDOPS_JAR:-target/wardops.jar}
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
[ $# -ge 1 ] && [ $# -le 2 ] || { echo "usage: $0 FILE.zip [DATABASE_PATH]" >&2; exit 64; }
file=$1
path=${2:-./data/wardops}
if [ -e "$path.mv.db" ]; then
  echo "refused: a database exists at $path.mv.db; restore into a new path (or move it away first)" >&2
  exit 2
fi
"$java" -cp "$jar" -Dloader.main=org.h2.tools.RunScript org.springframework.boot.loader.launch.PropertiesLauncher \
  -url "jdbc:h2:file:$path;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" -user sa \
  -script "$file" -options COMPRESSION ZIP
echo "restored $file into $path"
