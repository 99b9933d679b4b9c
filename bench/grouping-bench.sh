#!/usr/bin/env bash
# Suggestion run at N synthetic difficulties (default 10,000): time per run and peak heap. Usage: bench/grouping-bench.sh [N] [runs] [heap]
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
N=${1:-10000}; RUNS=${2:-3}; HEAP=${3:-512m}
[ -d target/test-classes/org/wardops/difficulties/internal ] || ./mvnw -o -q -DskipTests test-compile
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), java $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)"
echo "load average: $(cut -d" " -f1-3 /proc/loadavg)"
echo "heap limit: -Xmx$HEAP"
/usr/bin/time -f "wall %e s, max resident %M kB" "$JAVA_HOME/bin/java" -Xmx"$HEAP" -cp target/classes:target/test-classes \
  org.wardops.difficulties.internal.GroupingBench "$N" "$RUNS"
