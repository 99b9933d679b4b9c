#!/usr/bin/env bash
# Checks the OCI image that ops/build-oci.sh made, on a machine without a container runtime (CI: .ci/run), by doing
# what a runtime does when it starts the image: unpack it (umoci), read its runtime configuration (user, working
# directory, environment, entry point), then run that entry point inside the image's root file system as that user,
# with /proc and /dev bound as a runtime provides them, on the zero-setup H2 database in the image's volume. The
# check passes when /actuator/health/readiness says UP (the official unit list imported) and /login answers 200.
# Usage: ops/check-oci.sh [OUT_DIR] [PORT]   (defaults target/oci and 18080; as root, for chroot and the bind mounts)
set -euo pipefail

OUT=${1:-target/oci}
PORT=${2:-18080}
CHECK="$OUT/check"
ROOT="$CHECK/rootfs"
LOG="$OUT/check.log"

command -v umoci >/dev/null || { echo "umoci is missing: apt-get install umoci" >&2; exit 1; }
rm -rf "$CHECK"
umoci unpack --image "$OUT/layout:wardops" "$CHECK" >/dev/null

# The configuration a runtime would apply (umoci writes it as an OCI runtime spec).
python3 - "$CHECK/config.json" <<'PY'
import json, sys
process = json.load(open(sys.argv[1]))["process"]
entry = ["/opt/java/bin/java", "-XX:MaxRAMPercentage=75", "-Djava.awt.headless=true", "-jar", "/opt/wardops/wardops.jar"]
assert (process["user"]["uid"], process["user"]["gid"]) == (10001, 10001), process["user"]
assert process["cwd"] == "/opt/wardops", process["cwd"]
assert process["args"] == entry, process["args"]
assert "JAVA_HOME=/opt/java" in process["env"], process["env"]
print("image configuration: user 10001:10001, working directory /opt/wardops, entry point " + " ".join(process["args"]))
PY
[ "$(stat -c %u:%g "$ROOT/opt/wardops/data")" = 10001:10001 ] || { echo "the volume /opt/wardops/data is not owned by 10001" >&2; exit 1; }
[ ! -e "$ROOT/bin/sh" ] || { echo "the image holds a shell; it should hold only the runtime and the jar" >&2; exit 1; }

mkdir -p "$ROOT/proc" "$ROOT/dev"
mount --bind /proc "$ROOT/proc"
mount --bind /dev "$ROOT/dev"
pid=""
cleanup() {
    [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
    umount "$ROOT/proc" "$ROOT/dev" 2>/dev/null || true
}
trap cleanup EXIT

# As the runtime: change root, working directory, drop to the image's user, the image's environment, exec the entry point.
python3 - "$CHECK/config.json" "$ROOT" "$PORT" >"$LOG" 2>&1 <<'PY' &
import json, os, sys
process = json.load(open(sys.argv[1]))["process"]
os.chroot(sys.argv[2])
os.chdir(process["cwd"])
os.setgroups([])
os.setgid(process["user"]["gid"])
os.setuid(process["user"]["uid"])
env = dict(item.split("=", 1) for item in process["env"])
args = process["args"] + ["--server.port=" + sys.argv[3]]
os.execve(args[0], args, env)
PY
pid=$!

started=$(date +%s)
until curl -fs "http://127.0.0.1:$PORT/actuator/health/readiness" | grep -q '"UP"'; do
    if ! kill -0 "$pid" 2>/dev/null; then
        echo "WardOps in the image stopped before it was ready; its log:" >&2
        tail -n 40 "$LOG" >&2
        exit 1
    fi
    if [ $(( $(date +%s) - started )) -gt 240 ]; then
        echo "WardOps in the image was not ready after 240 s; its log:" >&2
        tail -n 40 "$LOG" >&2
        exit 1
    fi
    sleep 2
done
status=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/login")
[ "$status" = 200 ] || { echo "GET /login answered $status" >&2; exit 1; }
echo "image started as user 10001 in its own root file system: ready after $(( $(date +%s) - started )) s, GET /login 200"
