package org.wardops.training;

import org.jspecify.annotations.Nullable;
import org.wardops.capacity.ItSkill;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Whom to enrol into a session: named people of a unit ({@code unitId} and {@code personIds}), every current officer
 * of a unit ({@code unitId} alone), or a rule: every current officer of the units a working group supervises, with
 * the tested IT skill {@code skill} when one is given. {@code enrolledOn} (default today, not in the future) records
 * an enrolment made earlier, e.g. on paper.
 */
public record Enrol(@Nullable UUID unitId, @Nullable List<UUID> personIds, @Nullable UUID workingGroupId, @Nullable ItSkill skill,
                    @Nullable LocalDate enrolledOn) {
}
