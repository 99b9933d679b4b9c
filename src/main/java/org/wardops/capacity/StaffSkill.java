package org.wardops.capacity;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.UUID;

/** What training reads of the register: a current person of a unit with their skill levels. */
public record StaffSkill(UUID personId, String fullName, UUID unitId, ItSkill selfAssessedSkill, ItSkill testedSkill,
                         @Nullable LocalDate testedOn, boolean holdsDtOfficerPost) {
}
