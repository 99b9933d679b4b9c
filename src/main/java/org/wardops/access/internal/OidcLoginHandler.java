package org.wardops.access.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.wardops.access.SecondFactorManagement;
import org.wardops.access.SingleSignOn;
import org.wardops.shared.security.CurrentActor;

import java.io.IOException;
import java.time.Clock;

/**
 * Ends a provider's log-in: replaces the provider's authentication with the WardOps account's actor, sends an account
 * whose second factor is still due to WardOps' own second step, and a person without an account to a page that
 * says so (signed in as no one).
 */
@Component
class OidcLoginHandler implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

    private final SingleSignOn singleSignOn;
    private final SecondFactorGate secondFactor;
    private final ActorFactory actors;
    private final Clock clock;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    OidcLoginHandler(SingleSignOn singleSignOn, SecondFactorGate secondFactor, ActorFactory actors, Clock clock) {
        this.singleSignOn = singleSignOn;
        this.secondFactor = secondFactor;
        this.actors = actors;
        this.clock = clock;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        if (!(authentication instanceof OAuth2AuthenticationToken token && token.getPrincipal() instanceof OidcUser user)) {
            // Plain OAuth 2 without the openid scope names no person WardOps could check.
            onAuthenticationFailure(request, response, null);
            return;
        }
        String registrationId = token.getAuthorizedClientRegistrationId();
        SingleSignOn.Outcome outcome = singleSignOn.logIn(registrationId, user);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        String target = "/";
        switch (outcome) {
            case SingleSignOn.Outcome.SignedIn(AccountRow account, boolean secondFactorDone) -> {
                if (!secondFactorDone && secondFactor.required(account)) {
                    request.getSession().setAttribute(SecondFactorManagement.PENDING_LOGIN, new SecondFactorManagement.PendingLogin(
                            account.id(), account.username(), clock.instant().plus(secondFactor.settings().loginWindow())));
                    target = "/login/second-factor";
                } else {
                    context.setAuthentication(CurrentActor.authenticationOf(actors.actorOf(account)));
                }
            }
            case SingleSignOn.Outcome.Unmatched(String claimValue, boolean noRole) -> {
                request.getSession().setAttribute(SingleSignOn.UNMATCHED_VALUE, claimValue);
                request.getSession().setAttribute(SingleSignOn.UNMATCHED_PROVIDER, singleSignOn.providerName(registrationId));
                request.getSession().setAttribute(SingleSignOn.UNMATCHED_NO_ROLE, noRole);
                target = "/login/sso/unmatched";
            }
            case SingleSignOn.Outcome.Disabled() -> target = "/login?error";
        }
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        response.sendRedirect(request.getContextPath() + target);
    }

    /** The provider refused, or its answer did not check out (state, nonce, signature): back to the log-in page. */
    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, @Nullable AuthenticationException exception)
            throws IOException {
        SecurityContext empty = SecurityContextHolder.createEmptyContext();
        SecurityContextHolder.setContext(empty);
        contexts.saveContext(empty, request, response);
        response.sendRedirect(request.getContextPath() + "/login?sso-failed");
    }

    /** WardOps needs the provider's person only, never its tokens afterwards: they are not kept. */
    static class NoAuthorizedClients implements OAuth2AuthorizedClientRepository {

        @Override
        public <T extends OAuth2AuthorizedClient> @Nullable T loadAuthorizedClient(String registrationId, Authentication principal,
                                                                         HttpServletRequest request) {
            return null;
        }

        @Override
        public void saveAuthorizedClient(OAuth2AuthorizedClient client, Authentication principal, HttpServletRequest request,
                                         HttpServletResponse response) {
        }

        @Override
        public void removeAuthorizedClient(String registrationId, Authentication principal, HttpServletRequest request,
                                           HttpServletResponse response) {
        }
    }
}
