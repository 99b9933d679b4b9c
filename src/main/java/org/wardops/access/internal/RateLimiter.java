package org.wardops.access.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Token buckets per key (a bearer token's hash, a client address), kept in memory: each bucket holds up to its limit
 * and refills continuously at limit per period. The map is bounded by {@link Settings#maxKeys()}; past it the bucket
 * used least recently is forgotten (that key starts full again), so memory stays fixed under a flood of addresses.
 * Each instance counts on its own: behind a balancer spreading over N instances a client may reach up to N times
 * the limit (docs/configuration.md says so).
 */
@Component
class RateLimiter {

    /** Requests per period; defaults fit a ward office of several dozen people behind one NAT address. */
    @ConfigurationProperties("wardops.access.rate-limit")
    record Settings(@DefaultValue("true") boolean enabled, @DefaultValue("600") int apiPerToken,
                    @DefaultValue("1200") int apiPerAddress, @DefaultValue("60") int loginPerAddress,
                    @DefaultValue("1m") Duration period, @DefaultValue("100000") int maxKeys) {
    }

    private static final class Bucket {
        double tokens;
        long refilledAt;

        Bucket(double tokens, long refilledAt) {
            this.tokens = tokens;
            this.refilledAt = refilledAt;
        }
    }

    private final Clock clock;
    private final Settings settings;
    private final Map<String, Bucket> buckets;

    RateLimiter(Clock clock, Settings settings) {
        this.clock = clock;
        this.settings = settings;
        this.buckets = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > settings.maxKeys();
            }
        };
    }

    Settings settings() {
        return settings;
    }

    /**
     * Takes one request from the key's bucket of the given limit; when it is empty, answers how long until one
     * request is allowed again (nothing is taken then).
     */
    Optional<Duration> acquire(String key, int limit) {
        if (!settings.enabled() || limit <= 0) {
            return Optional.empty();
        }
        long now = clock.millis();
        double perMilli = (double) limit / settings.period().toMillis();
        synchronized (buckets) {
            Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(limit, now));
            bucket.tokens = Math.min(limit, bucket.tokens + Math.max(0, now - bucket.refilledAt) * perMilli);
            bucket.refilledAt = now;
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return Optional.empty();
            }
            // Less a hair, so that floating-point rounding does not add a millisecond to an exact wait.
            long wait = (long) Math.ceil((1 - bucket.tokens) / perMilli - 1e-6);
            return Optional.of(Duration.ofMillis(Math.max(1, wait)));
        }
    }

    int size() {
        synchronized (buckets) {
            return buckets.size();
        }
    }

    void clear() {
        synchronized (buckets) {
            buckets.clear();
        }
    }
}
