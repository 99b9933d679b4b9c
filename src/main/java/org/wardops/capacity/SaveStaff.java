package org.wardops.capacity;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A person's entry in the register as a unit records or changes it; exactly one post must be the main post. */
public record SaveStaff(@Nullable UUID personId, @Nullable List<PostView> posts, @Nullable ItSkill selfAssessedSkill,
                        @Nullable ItSkill testedSkill, @Nullable LocalDate testedOn, @Nullable List<CertificateView> certificates,
                        @Nullable LocalDate leftOn) {
}
