package org.wardops.supervision;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Records a session a working group held with units; {@code minutes} may be rich text (HTML), scripts are removed. */
public record HoldSession(@Nullable UUID programmeId, @Nullable UUID workingGroupId, @Nullable LocalDate heldOn, @Nullable String place,
                          @Nullable List<UUID> unitIds, @Nullable List<NewParticipant> participants, @Nullable List<String> agenda,
                          @Nullable List<UUID> reportIds, @Nullable String minutes, @Nullable List<NewFeedback> feedback,
                          @Nullable List<String> conclusions) {

    public record NewParticipant(@Nullable UUID personId, @Nullable SessionRole role) {
    }

    public record NewFeedback(@Nullable UUID unitId, @Nullable String recommendation, @Nullable String response) {
    }
}
