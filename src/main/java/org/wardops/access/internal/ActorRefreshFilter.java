package org.wardops.access.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.CurrentActor;

import java.io.IOException;
import java.util.Optional;

/**
 * Rebuilds the actor of a logged-in session from the database on every request, so that a disabled account is
 * logged out and a changed role or scope applies at once; the session itself holds nothing that could go stale.
 */
class ActorRefreshFilter extends OncePerRequestFilter {

    static final String LANGUAGE_ATTRIBUTE = ActorRefreshFilter.class.getName() + ".language";

    private final AccountStore accounts;
    private final ActorFactory actors;

    ActorRefreshFilter(AccountStore accounts, ActorFactory actors) {
        this.accounts = accounts;
        this.actors = actors;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Actor stale) {
            Optional<AccountRow> account = accounts.find(stale.accountId()).filter(AccountRow::enabled);
            if (account.isEmpty()) {
                SecurityContextHolder.clearContext();
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
            } else {
                SecurityContext fresh = SecurityContextHolder.createEmptyContext();
                fresh.setAuthentication(CurrentActor.authenticationOf(actors.actorOf(account.get())));
                SecurityContextHolder.setContext(fresh);
                if (account.get().language() != null) {
                    request.setAttribute(LANGUAGE_ATTRIBUTE, account.get().language());
                }
            }
        }
        chain.doFilter(request, response);
    }
}
