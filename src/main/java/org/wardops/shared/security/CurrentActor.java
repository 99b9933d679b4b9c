package org.wardops.shared.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.wardops.shared.AccessRefusedException;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Who is acting now. Facades ask it before every use case; it reads the principal that the access module
 * placed in the security context.
 */
public final class CurrentActor {

    private CurrentActor() {
    }

    public static Optional<Actor> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Actor actor) {
            return Optional.of(actor);
        }
        return Optional.empty();
    }

    /** The actor, or a refusal when nobody is logged in. */
    public static Actor get() {
        return find().orElseThrow(() -> new AccessRefusedException("shared.error.access.notAuthenticated"));
    }

    /** The actor, who must hold one of the roles. */
    public static Actor requireAnyRole(Role... roles) {
        Actor actor = get();
        if (!actor.hasAnyRole(roles)) {
            throw AccessRefusedException.missingRole();
        }
        return actor;
    }

    public static Authentication authenticationOf(Actor actor) {
        var authorities = actor.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList();
        return UsernamePasswordAuthenticationToken.authenticated(actor, null, authorities);
    }

    /** Runs work as another actor (the system for start-up imports and jobs), restoring the previous one after. */
    public static <T> T runAs(Actor actor, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authenticationOf(actor));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void runAs(Actor actor, Runnable work) {
        runAs(actor, () -> {
            work.run();
            return null;
        });
    }

}
