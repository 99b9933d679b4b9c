package org.wardops.capacity;

import org.jspecify.annotations.Nullable;

/** A post a person holds: the position, whether it is their main or a concurrent post, and how it is employed. */
public record PostView(@Nullable String positionCode, boolean main, @Nullable Employment employment) {
}
