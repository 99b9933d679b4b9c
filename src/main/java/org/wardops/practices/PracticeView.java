package org.wardops.practices;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A good practice with its adoptions.
 *
 * @param indicatorCode the indicator or data element the results are measured by (e.g. {@code assistance.done})
 * @param baseline its value before the practice
 * @param decidedBy the unit (working group or city) that endorsed or returned it
 */
public record PracticeView(UUID id, UUID unitId, String title, Topic topic, String problem, String actions, String results,
                           String indicatorCode, BigDecimal baseline, String replication, @Nullable String cost, String contact,
                           PracticeState state, @Nullable String decisionReason, @Nullable UUID decidedBy, Instant publishedAt,
                           List<AdoptionView> adoptions, long version) {

    public PracticeView {
        adoptions = List.copyOf(adoptions);
    }

    /** An adoption by another unit, and its result once reported. */
    public record AdoptionView(UUID id, UUID practiceId, UUID unitId, LocalDate plannedStart, @Nullable BigDecimal resultValue,
                               @Nullable String resultText, @Nullable LocalDate reportedOn) {

        public boolean reported() {
            return reportedOn != null;
        }
    }
}
