package org.wardops.citizensupport;

import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.UUID;

/**
 * A team as created or changed; the member list replaces the team's members. A member linked to a directory person
 * may leave {@code fullName} empty: the person's name is used.
 */
public record SaveTeam(@Nullable UUID unitId, @Nullable String name, @Nullable String residentialGroup, @Nullable List<NewMember> members) {

    public record NewMember(@Nullable String fullName, @Nullable Organisation organisation, @Nullable UUID personId) {
    }
}
