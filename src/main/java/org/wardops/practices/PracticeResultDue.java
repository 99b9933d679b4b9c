package org.wardops.practices;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An adopter should report its result: {@value PracticeManagement#RESULT_REMINDER_DAYS} days after the planned start
 * passed and no result was reported. Published once per adoption by the practices' reminder job.
 *
 * @param unitId the adopting unit, whose people are reminded
 */
public record PracticeResultDue(UUID adoptionId, UUID practiceId, UUID unitId, String practiceTitle, LocalDate plannedStart, LocalDate dueOn) {
}
