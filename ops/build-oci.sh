#!/usr/bin/env bash
# Builds an OCI image of WardOps without a container daemon, from parts on this machine:
#   - a Java runtime cut from the JDK at JAVA_HOME with jlink (only the modules WardOps uses),
#   - the shared libraries that runtime needs, copied from this machine (found with ldd),
#   - target/wardops.jar, a non-root user 10001 and a writable /opt/wardops/data,
# assembled into an OCI image layout with umoci (Debian package `umoci`). No base image, no registry, no daemon.
#
# Usage: ops/build-oci.sh [OUT_DIR]    (default target/oci; run as root, for file ownership inside the image)
# Writes OUT_DIR/layout (OCI image layout, tag "wardops") and OUT_DIR/wardops-oci.tar (the same as one archive):
#   podman load -i target/oci/wardops-oci.tar      or   skopeo copy oci-archive:target/oci/wardops-oci.tar docker://registry/wardops:1
# Run it:  podman run -p 8080:8080 -e SPRING_DATASOURCE_URL=... wardops
set -euo pipefail

JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAR=${WARDOPS_JAR:-target/wardops.jar}
OUT=${1:-target/oci}
MODULES=java.base,java.compiler,java.desktop,java.instrument,java.logging,java.management,java.naming,java.net.http,java.prefs,\
java.rmi,java.scripting,java.security.jgss,java.security.sasl,java.sql,java.transaction.xa,java.xml,jdk.crypto.ec,jdk.unsupported,\
jdk.management,jdk.naming.dns,jdk.zipfs,jdk.localedata,jdk.charsets

command -v umoci >/dev/null || { echo "umoci is missing: apt-get install umoci" >&2; exit 1; }
[ -f "$JAR" ] || { echo "$JAR is missing: ./mvnw -Dmaven.test.skip=true package" >&2; exit 1; }

rm -rf "$OUT"
mkdir -p "$OUT"
umoci init --layout "$OUT/layout"
umoci new --image "$OUT/layout:wardops"
umoci unpack --image "$OUT/layout:wardops" "$OUT/bundle"
ROOT="$OUT/bundle/rootfs"

"$JAVA_HOME/bin/jlink" --add-modules "$MODULES" --strip-debug --no-man-pages --no-header-files --compress=zip-6 --output "$ROOT/opt/java"

# The C libraries the runtime links against, and the resolver modules glibc loads at run time.
{
    for file in "$ROOT/opt/java/bin/java" $(find "$ROOT/opt/java/lib" -name '*.so'); do
        ldd "$file" 2>/dev/null | awk '/=>/ && $3 ~ /^\// {print $3} /^[[:space:]]*\// {print $1}'
    done
    ls /lib/x86_64-linux-gnu/libnss_files.so.2 /lib/x86_64-linux-gnu/libnss_dns.so.2 /lib/x86_64-linux-gnu/libresolv.so.2 2>/dev/null || true
} | sort -u | while read -r lib; do
    [ -e "$lib" ] && cp -L --parents "$lib" "$ROOT"
done

mkdir -p "$ROOT/etc" "$ROOT/tmp" "$ROOT/opt/wardops/data"
chmod 1777 "$ROOT/tmp"
printf 'root:x:0:0:root:/root:/sbin/nologin\nwardops:x:10001:10001:WardOps:/opt/wardops:/sbin/nologin\n' > "$ROOT/etc/passwd"
printf 'root:x:0:\nwardops:x:10001:\n' > "$ROOT/etc/group"
printf 'passwd: files\ngroup: files\nhosts: files dns\n' > "$ROOT/etc/nsswitch.conf"
printf '127.0.0.1 localhost\n::1 localhost\n' > "$ROOT/etc/hosts"
cp "$JAR" "$ROOT/opt/wardops/wardops.jar"
chown -R 10001:10001 "$ROOT/opt/wardops/data"

# The filled root file system becomes the image's one layer; then the image configuration.
umoci repack --image "$OUT/layout:wardops" "$OUT/bundle"
umoci config --image "$OUT/layout:wardops" \
    --config.user 10001:10001 \
    --config.workingdir /opt/wardops \
    --config.env PATH=/opt/java/bin \
    --config.env JAVA_HOME=/opt/java \
    --config.exposedports 8080/tcp \
    --config.volume /opt/wardops/data \
    --config.entrypoint /opt/java/bin/java \
    --config.entrypoint -XX:MaxRAMPercentage=75 \
    --config.entrypoint -Djava.awt.headless=true \
    --config.entrypoint -jar \
    --config.entrypoint /opt/wardops/wardops.jar \
    --config.label org.opencontainers.image.title=WardOps \
    --history.comment "ops/build-oci.sh: image configuration"
umoci gc --layout "$OUT/layout"
tar -C "$OUT/layout" -cf "$OUT/wardops-oci.tar" .
echo "OCI image: $OUT/layout (tag wardops), archive $OUT/wardops-oci.tar"
