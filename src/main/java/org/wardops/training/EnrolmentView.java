package org.wardops.training;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A person's enrolment in a course. The sessions that count for it are the course's sessions held on or after
 * {@code enrolledOn}; {@code attended} of them were attended. Complete with a certificate once the course's rule is met.
 */
public record EnrolmentView(UUID id, UUID courseId, UUID sessionId, UUID personId, UUID unitId, String fullName, LocalDate enrolledOn,
                            @Nullable Integer preScore, @Nullable Integer postScore, int attended, int countingSessions,
                            @Nullable LocalDate completedOn, @Nullable String certificateCode, @Nullable LocalDate certificateExpiresOn,
                            long version) {

    public boolean completed() {
        return completedOn != null;
    }

    public boolean counts(LocalDate sessionDay) {
        return !sessionDay.isBefore(enrolledOn);
    }
}
