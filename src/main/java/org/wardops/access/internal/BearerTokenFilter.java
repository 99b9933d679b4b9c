package org.wardops.access.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;
import org.wardops.shared.security.CurrentActor;

import java.io.IOException;
import java.time.Clock;
import java.util.Optional;

/** Authenticates API requests that carry {@code Authorization: Bearer <token>}; a bad token is a 401, never a fallback. */
class BearerTokenFilter extends OncePerRequestFilter {

    private static final String PREFIX = "Bearer ";

    private final AccountStore accounts;
    private final ActorFactory actors;
    private final AuthenticationEntryPoint entryPoint;
    private final Clock clock;

    BearerTokenFilter(AccountStore accounts, ActorFactory actors, AuthenticationEntryPoint entryPoint, Clock clock) {
        this.accounts = accounts;
        this.actors = actors;
        this.entryPoint = entryPoint;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            chain.doFilter(request, response);
            return;
        }
        String token = header.substring(PREFIX.length()).strip();
        Optional<AccountRow> account = accounts.findByTokenHash(TokenStore.hash(token))
                .filter(found -> found.expiresAt().isAfter(clock.instant()))
                .map(AccountStore.TokenAccount::account)
                .filter(AccountRow::enabled);
        if (account.isEmpty()) {
            SecurityContextHolder.clearContext();
            entryPoint.commence(request, response, new BadCredentialsException("access.error.token.invalid"));
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(CurrentActor.authenticationOf(actors.actorOf(account.get())));
        SecurityContextHolder.setContext(context);
        if (account.get().language() != null) {
            request.setAttribute(ActorRefreshFilter.LANGUAGE_ATTRIBUTE, account.get().language());
        }
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
