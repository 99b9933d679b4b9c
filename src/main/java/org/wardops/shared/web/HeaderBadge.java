package org.wardops.shared.web;

import org.wardops.shared.security.Actor;

import java.util.Optional;

/**
 * A link with a count in the page header (e.g. the inbox with its unread notifications). Modules declare providers
 * as beans; the layout shows the badges of every provider that answers one for the actor.
 */
public interface HeaderBadge {

    Optional<Badge> badgeFor(Actor actor);

    /** {@code labelKey} is a message key that receives the count as its argument. */
    record Badge(String labelKey, String href, long count) {
    }
}
