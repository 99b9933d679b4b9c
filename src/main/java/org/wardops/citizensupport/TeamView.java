package org.wardops.citizensupport;

import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.UUID;

/** A community digital technology team of a unit and residential group (khu phố / ấp), with its members. */
public record TeamView(UUID id, UUID unitId, String name, String residentialGroup, List<Member> members, long version) {

    public TeamView {
        members = List.copyOf(members);
    }

    /**
     * A member: from a socio-political organisation or the commune official assigned.
     *
     * @param personId the member's entry in the directory, when they have one; accounts (e.g. of role VOLUNTEER) reference it
     */
    public record Member(String fullName, Organisation organisation, @Nullable UUID personId) {
    }
}
