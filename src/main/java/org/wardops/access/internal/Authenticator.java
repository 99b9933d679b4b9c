package org.wardops.access.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.wardops.shared.TooManyRequestsException;
import org.wardops.shared.WardOpsException;

import java.time.Duration;
import java.util.Optional;

/**
 * Checks a user name and password for the log-in form and the token endpoint alike. Failures are counted even
 * when the caller rolls back, and the answer never says whether the account exists.
 */
@Component
public class Authenticator {

    private final AccountStore accounts;
    private final LoginThrottle throttle;
    private final PasswordEncoder passwords;
    private final String dummyHash;
    private final Counter succeeded;
    private final Counter failed;
    private final Counter locked;

    Authenticator(AccountStore accounts, LoginThrottle throttle, PasswordEncoder passwords, MeterRegistry meters) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.passwords = passwords;
        this.dummyHash = passwords.encode("not-a-password-of-anyone");
        this.succeeded = logins(meters, "success");
        this.failed = logins(meters, "failure");
        this.locked = logins(meters, "locked");
    }

    private static Counter logins(MeterRegistry meters, String outcome) {
        return Counter.builder("wardops.logins").description("Password checks at log-in and token issue, by outcome")
                .tag("outcome", outcome).register(meters);
    }

    /** Thrown for a wrong user name or password, or a disabled account: one generic message for all. */
    public static class BadCredentials extends WardOpsException {

        BadCredentials() {
            super("access.error.login.failed");
        }

        @Override
        public Kind kind() {
            return Kind.UNAUTHENTICATED;
        }
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW, noRollbackFor = BadCredentials.class)
    public AccountRow authenticate(String username, String password, String address) {
        Optional<Duration> lock = throttle.lockedFor(username, address);
        if (lock.isPresent()) {
            this.locked.increment();
            throw new TooManyRequestsException("access.error.login.locked", Math.max(1, (lock.get().toSeconds() + 59) / 60));
        }
        Optional<AccountRow> account = accounts.findByUsername(username.strip());
        boolean valid = account.isPresent() && account.get().enabled() && passwords.matches(password, account.get().passwordHash());
        if (!valid) {
            if (account.isEmpty()) {
                // Spend the time a real check takes, so that timing does not tell which names exist.
                passwords.matches(password, dummyHash);
            }
            throttle.recordFailure(username, address);
            failed.increment();
            throw new BadCredentials();
        }
        throttle.recordSuccess(username);
        succeeded.increment();
        return account.get();
    }
}
