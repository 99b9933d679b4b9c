#!/usr/bin/env bash
# Grouping of common difficulties at N synthetic difficulties (default 10,000): the suggestion for a newly submitted
# difficulty (nearest neighbours through the index, goal < 1 s), the heap the index retains, and a full suggestion run
# for comparison. Usage: bench/grouping.sh [N] [submissions] [heap]   (test classes; no database, no server)
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
N=${1:-10000}; M=${2:-200}; HEAP=${3:-256m}
[ -f target/test-classes/org/wardops/difficulties/internal/GroupingSuggestionBench.class ] || ./mvnw -o -q -DskipTests test-compile
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ {print $2}') GiB, java $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)"
echo "load average: $(cut -d" " -f1-3 /proc/loadavg) (shared with other work)"
echo "heap limit: -Xmx$HEAP"
/usr/bin/time -f "wall %e s, max resident %M kB" "$JAVA_HOME/bin/java" -Xmx"$HEAP" -cp target/classes:target/test-classes \
  org.wardops.difficulties.internal.GroupingSuggestionBench "$N" "$M"
