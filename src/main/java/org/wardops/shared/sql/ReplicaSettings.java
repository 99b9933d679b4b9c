package org.wardops.shared.sql;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * A PostgreSQL streaming replica for read-only work (docs/configuration.md, "Read replica"). Without a URL every
 * query goes to {@code spring.datasource.*}, as before.
 *
 * @param url JDBC URL of the standby, e.g. {@code jdbc:postgresql://replica:5432/wardops}
 * @param username defaults to {@code spring.datasource.username}
 * @param password defaults to {@code spring.datasource.password}
 * @param poolSize connections to the replica per instance
 * @param connectTimeout longest wait for a replica connection before a read falls back to the primary
 * @param retryAfter after a failed connection, reads stay on the primary this long before the replica is tried again
 */
@ConfigurationProperties("wardops.datasource.replica")
public record ReplicaSettings(@Nullable String url, @Nullable String username, @Nullable String password,
                              @DefaultValue("10") int poolSize, @DefaultValue("2s") Duration connectTimeout,
                              @DefaultValue("30s") Duration retryAfter) {
}
