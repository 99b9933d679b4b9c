package org.wardops.access.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.wardops.shared.Ids;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Counts failed log-ins per account name and per client address in a sliding window, in the database so that
 * every instance sees the same count. Past the limit, further attempts are refused until the window has moved on,
 * whether the password is right or not.
 */
@Component
public class LoginThrottle {

    /** Limits of the sliding window; defaults lock an account name after 5 failures and an address after 20 within 15 minutes. */
    @ConfigurationProperties("wardops.access.throttle")
    public record Settings(@DefaultValue("5") int perAccount, @DefaultValue("20") int perAddress,
                           @DefaultValue("15m") Duration window) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Settings settings;

    LoginThrottle(JdbcClient jdbc, Clock clock, Settings settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = settings;
    }

    /** How long the caller must still wait, if either the account name or the address is locked. */
    public Optional<Duration> lockedFor(String username, String address) {
        Instant now = clock.instant();
        return lockedFor(accountKey(username), settings.perAccount(), now)
                .or(() -> lockedFor(addressKey(address), settings.perAddress(), now));
    }

    public void recordFailure(String username, String address) {
        Instant now = clock.instant();
        for (String key : new String[] {accountKey(username), addressKey(address)}) {
            jdbc.sql("INSERT INTO access_login_failure (id, principal_key, failed_at) VALUES (:id, :key, :at)")
                    .param("id", Ids.next()).param("key", key).param("at", AccountStore.timestamp(now)).update();
        }
        jdbc.sql("DELETE FROM access_login_failure WHERE failed_at < :cutoff")
                .param("cutoff", AccountStore.timestamp(now.minus(settings.window()))).update();
    }

    public void recordSuccess(String username) {
        jdbc.sql("DELETE FROM access_login_failure WHERE principal_key = :key").param("key", accountKey(username)).update();
    }

    private Optional<Duration> lockedFor(String key, int limit, Instant now) {
        var failures = jdbc.sql("SELECT failed_at FROM access_login_failure WHERE principal_key = :key AND failed_at >= :since "
                        + "ORDER BY failed_at DESC")
                .param("key", key)
                .param("since", AccountStore.timestamp(now.minus(settings.window())))
                .query((rs, row) -> rs.getObject(1, java.time.OffsetDateTime.class).toInstant())
                .list();
        if (failures.size() < limit) {
            return Optional.empty();
        }
        // The lock lifts when the failure that reached the limit leaves the window.
        Instant limiting = failures.get(limit - 1);
        Duration remaining = Duration.between(now, limiting.plus(settings.window()));
        return remaining.isNegative() || remaining.isZero() ? Optional.empty() : Optional.of(remaining);
    }

    private static String accountKey(String username) {
        return "account:" + username.strip().toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
