package org.wardops.shared.web;

import org.jspecify.annotations.Nullable;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.Role;

import java.util.Set;

/**
 * An entry of the navigation. Each module declares its own as beans; an entry with no roles is shown to every
 * logged-in person. Entries of one {@code section} share one link in the header (labelled
 * {@code shared.label.section.<section>}, leading to the first entry the person may see) and appear as tabs below
 * it on their pages; an entry without a section is a header link of its own. Showing an entry is a convenience:
 * the facade still checks every request.
 */
public record NavItem(String labelKey, String href, int order, Set<Role> roles, @Nullable String section) {

    public NavItem {
        roles = Set.copyOf(roles);
    }

    public NavItem(String labelKey, String href, int order, Set<Role> roles) {
        this(labelKey, href, order, roles, null);
    }

    public boolean visibleTo(Actor actor) {
        return roles.isEmpty() || roles.stream().anyMatch(actor::hasRole);
    }

    public boolean isActive(String path) {
        return path.equals(href) || (!"/".equals(href) && path.startsWith(href + "/"));
    }

    /** The key that groups entries in the header: the section, or the entry itself. */
    public String groupKey() {
        return section != null ? section : labelKey;
    }

    /** The header label of the entry's group. */
    public String groupLabelKey() {
        return section != null ? "shared.label.section." + section : labelKey;
    }
}
