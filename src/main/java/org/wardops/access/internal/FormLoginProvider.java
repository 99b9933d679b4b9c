package org.wardops.access.internal;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.wardops.shared.TooManyRequestsException;
import org.wardops.shared.security.CurrentActor;

/** Logs in through the form with the same checks and throttling as the token endpoint. */
@Component
class FormLoginProvider implements AuthenticationProvider {

    private final Authenticator authenticator;
    private final ActorFactory actors;

    FormLoginProvider(Authenticator authenticator, ActorFactory actors) {
        this.authenticator = authenticator;
        this.actors = actors;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName() == null ? "" : authentication.getName();
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null
                ? details.getRemoteAddress() : "unknown";
        try {
            AccountRow account = authenticator.authenticate(username, password, address);
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

    /** Locked for a while; the message is the number of minutes left. */
    static class ThrottledException extends LockedException {

        ThrottledException(String minutes) {
            super(minutes);
        }
    }
}
