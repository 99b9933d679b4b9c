package org.wardops.shared.web;

import org.wardops.shared.security.Actor;
import org.wardops.shared.security.Role;

import java.util.Set;

/**
 * An entry of the main navigation. Each module declares its own as beans; an entry with no roles is shown to
 * every logged-in person. Showing an entry is a convenience: the facade still checks every request.
 */
public record NavItem(String labelKey, String href, int order, Set<Role> roles) {

    public NavItem {
        roles = Set.copyOf(roles);
    }

    public boolean visibleTo(Actor actor) {
        return roles.isEmpty() || roles.stream().anyMatch(actor::hasRole);
    }

    public boolean isActive(String path) {
        return path.equals(href) || path.startsWith(href + "/");
    }
}
