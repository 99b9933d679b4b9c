#!/usr/bin/env bash
# Compressed weight of the JS and CSS each main page loads (the 60 KB budget of ARCHITECTURE.md) and of the page
# itself, against a running instance: logs in as the given demo user with a page session, fetches each page, then
# every stylesheet and script it references with gzip, as a browser would.
# Usage: BASE=http://127.0.0.1:8182 bench/page-weight.sh [user] [path ...]   (default: leader / /overview /tasks)
set -euo pipefail
BASE=${BASE:-http://127.0.0.1:8182}
USER_NAME=${1:-leader}
shift || true
PATHS=("$@")
[ ${#PATHS[@]} -gt 0 ] || PATHS=(/ /overview /tasks /difficulties)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
JAR="$WORK/cookies"
csrf=$(curl -s -c "$JAR" -b "$JAR" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
curl -s -o /dev/null -c "$JAR" -b "$JAR" --data-urlencode "username=$USER_NAME" --data-urlencode "password=wardops-demo" \
  --data-urlencode "_csrf=$csrf" "$BASE/login"
printf '%-16s %12s %14s %s\n' page "html (gzip)" "js+css (gzip)" assets
for path in "${PATHS[@]}"; do
  curl -s -b "$JAR" "$BASE$path" > "$WORK/page.html"
  html=$(gzip -c "$WORK/page.html" | wc -c)
  assets=$(grep -oE '(href|src)="/[^"]+\.(css|js)(\?[^"]*)?"' "$WORK/page.html" | sed -E 's/^(href|src)="//; s/"$//' | sort -u)
  total=0
  for asset in $assets; do
    size=$(curl -s -b "$JAR" -H 'Accept-Encoding: gzip' -o "$WORK/asset" -w '%{size_download}' "$BASE$asset")
    total=$((total + size))
  done
  printf '%-16s %10s B %12s B %s\n' "$path" "$html" "$total" "$(echo $assets | tr '\n' ' ')"
done
