package org.wardops.capacity;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A person in a unit's staff register. {@code leftOn} is set when the person left the unit; their record stays.
 * {@code testedSkill} is what a test showed on {@code testedOn}; {@code selfAssessedSkill} is what they declared.
 */
public record StaffView(UUID id, UUID unitId, UUID personId, String fullName, List<PostView> posts, ItSkill selfAssessedSkill,
                        ItSkill testedSkill, @Nullable LocalDate testedOn, List<CertificateView> certificates, @Nullable LocalDate leftOn,
                        long version) {

    public boolean current() {
        return leftOn == null;
    }

    public boolean holdsSeveralPosts() {
        return posts.size() >= 2;
    }
}
