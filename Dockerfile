# WardOps container image. Build the jar first (./mvnw -Dmaven.test.skip=true package), then:
#   docker build -t wardops:0.1.0 .
#   docker run -p 8080:8080 -e SPRING_DATASOURCE_URL=jdbc:postgresql://db:5432/wardops \
#              -e SPRING_DATASOURCE_USERNAME=wardops -e SPRING_DATASOURCE_PASSWORD=... wardops:0.1.0
# The image holds no secrets and no data: configuration comes from environment variables (docs/configuration.md).
FROM eclipse-temurin:25-jre

RUN groupadd --system --gid 10001 wardops \
 && useradd --system --uid 10001 --gid wardops --home-dir /opt/wardops --shell /usr/sbin/nologin wardops \
 && mkdir -p /opt/wardops/data \
 && chown -R wardops:wardops /opt/wardops

WORKDIR /opt/wardops
COPY --chown=wardops:wardops target/wardops.jar /opt/wardops/wardops.jar

USER 10001:10001
EXPOSE 8080
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"

# Readiness, not liveness: UP only once the unit list (and demo data, in the demo profile) are loaded.
HEALTHCHECK --interval=15s --timeout=5s --start-period=120s --retries=3 \
  CMD ["/bin/sh", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /actuator/health/readiness HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && grep -q '\"UP\"' <&3"]

ENTRYPOINT ["java", "-jar", "/opt/wardops/wardops.jar"]
