package org.wardops.access.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.wardops.access.SecondFactorException;
import org.wardops.shared.TooManyRequestsException;
import org.wardops.shared.security.Role;

import java.time.Clock;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether a log-in needs a second factor (the account has enrolled, or one of its roles makes it
 * mandatory) and checks the code: a TOTP code not used before, or an unused recovery code. A wrong or replayed code
 * counts as a failed log-in in {@link LoginThrottle}, so guessing codes locks the account name and the address.
 */
@Component
public class SecondFactorGate {

    /** Roles for which a second factor is mandatory (e.g. SYSTEM_ADMIN, CITY_LEADER); how long a half-done log-in lasts. */
    @ConfigurationProperties("wardops.access.second-factor")
    public record Settings(@Nullable Set<Role> requiredRoles, @DefaultValue("5m") Duration loginWindow) {

        public boolean mandatoryFor(Set<Role> roles) {
            return requiredRoles != null && roles.stream().anyMatch(requiredRoles::contains);
        }
    }

    private static final Pattern RECOVERY = Pattern.compile("[a-z0-9]{4}(-[a-z0-9]{4}){3}");

    private final SecondFactorStore store;
    private final TotpCodes codes;
    private final LoginThrottle throttle;
    private final Settings settings;
    private final Clock clock;

    SecondFactorGate(SecondFactorStore store, TotpCodes codes, LoginThrottle throttle, Settings settings, Clock clock) {
        this.store = store;
        this.codes = codes;
        this.throttle = throttle;
        this.settings = settings;
        this.clock = clock;
    }

    public Settings settings() {
        return settings;
    }

    public boolean enrolled(AccountRow account) {
        return store.find(account.id()).filter(SecondFactorStore.Totp::confirmed).isPresent();
    }

    public boolean required(AccountRow account) {
        return settings.mandatoryFor(account.roles()) || enrolled(account);
    }

    /**
     * Checks the code of an enrolled account in a transaction of its own, so that a failure stays counted when the
     * caller rolls back; answers normally only for a good code, which can then never be used again.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW, noRollbackFor = SecondFactorException.class)
    public void verify(AccountRow account, String code, String address) {
        if (throttle.lockedFor(account.username(), address).isPresent()) {
            throw new TooManyRequestsException("access.error.login.locked",
                    Math.max(1, (throttle.lockedFor(account.username(), address).orElseThrow().toSeconds() + 59) / 60));
        }
        SecondFactorStore.Totp totp = store.find(account.id()).filter(SecondFactorStore.Totp::confirmed)
                .orElseThrow(SecondFactorException::enrolFirst);
        if (!accepts(totp, code)) {
            throttle.recordFailure(account.username(), address);
            throw SecondFactorException.invalidCode();
        }
    }

    /** A first code that confirms a pending enrolment; counted like a log-in failure when wrong. */
    @Transactional(propagation = Propagation.REQUIRES_NEW, noRollbackFor = SecondFactorException.class)
    public void confirm(AccountRow account, String code, String address) {
        SecondFactorStore.Totp totp = store.find(account.id()).filter(found -> !found.confirmed())
                .orElseThrow(() -> new SecondFactorException("access.error.secondFactor.noEnrolment"));
        OptionalLong step = codes.matchingStep(totp.secret(), code);
        if (step.isEmpty() || !store.useStep(account.id(), step.getAsLong(), clock.instant())) {
            throttle.recordFailure(account.username(), address);
            throw SecondFactorException.invalidCode();
        }
    }

    private boolean accepts(SecondFactorStore.Totp totp, String code) {
        String typed = code.strip().toLowerCase(java.util.Locale.ROOT);
        if (RECOVERY.matcher(typed).matches()) {
            return store.useRecoveryCode(totp.accountId(), typed, clock.instant());
        }
        OptionalLong step = codes.matchingStep(totp.secret(), typed);
        return step.isPresent() && store.useStep(totp.accountId(), step.getAsLong(), clock.instant());
    }
}
