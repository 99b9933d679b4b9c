package org.wardops.access.internal;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.wardops.access.SecondFactorManagement;
import org.wardops.shared.TooManyRequestsException;
import org.wardops.shared.security.CurrentActor;

/** Logs in through the form with the same checks and throttling as the token endpoint. */
@Component
class FormLoginProvider implements AuthenticationProvider {

    private final Authenticator authenticator;
    private final ActorFactory actors;
    private final SecondFactorGate secondFactor;
    private final java.time.Clock clock;

    FormLoginProvider(Authenticator authenticator, ActorFactory actors, SecondFactorGate secondFactor, java.time.Clock clock) {
        this.authenticator = authenticator;
        this.actors = actors;
        this.secondFactor = secondFactor;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName() == null ? "" : authentication.getName();
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null
                ? details.getRemoteAddress() : "unknown";
        try {
            AccountRow account = authenticator.authenticate(username, password, address);
            if (secondFactor.required(account)) {
                throw new SecondFactorDue(new SecondFactorManagement.PendingLogin(account.id(), account.username(),
                        clock.instant().plus(secondFactor.settings().loginWindow())));
            }
            return CurrentActor.authenticationOf(actors.actorOf(account));
        } catch (TooManyRequestsException e) {
            throw new ThrottledException(e.arguments()[0].toString());
        } catch (Authenticator.BadCredentials e) {
            throw new BadCredentialsException("access.error.login.failed");
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** The password was right; the second factor is still due (the failure handler sends the browser to that step). */
    static class SecondFactorDue extends org.springframework.security.core.AuthenticationException {

        private final transient SecondFactorManagement.PendingLogin pending;

        SecondFactorDue(SecondFactorManagement.PendingLogin pending) {
            super("access.secondFactor.due");
            this.pending = pending;
        }

        SecondFactorManagement.PendingLogin pending() {
            return pending;
        }
    }

    /** Locked for a while; the message is the number of minutes left. */
    static class ThrottledException extends LockedException {

        ThrottledException(String minutes) {
            super(minutes);
        }
    }
}
