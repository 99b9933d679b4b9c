package org.wardops.difficulties;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A difficulty with its recommendation, as pages and the API show it. */
public record DifficultyView(
        UUID id,
        UUID unitId,
        String unitName,
        String title,
        String description,
        String category,
        Severity severity,
        String recommendation,
        Addressee addressee,
        String addresseeName,
        DifficultyState state,
        @Nullable LocalDate dueDate,
        boolean overdue,
        long version,
        List<Cosigner> cosigners,
        boolean confidential,
        DifficultySource source,
        @Nullable String sourceRef,
        @Nullable UUID sourceId,
        @Nullable String assignee,
        @Nullable LocalDate submittedOn,
        @Nullable LocalDate answeredOn,
        Instant createdAt) {

    public DifficultyView {
        cosigners = List.copyOf(cosigners);
    }

    /** The page of the report or session the difficulty came from, when it is linked. */
    public @Nullable String sourceLink() {
        if (sourceId == null) {
            return null;
        }
        return switch (source) {
            case REPORT -> "/reports/" + sourceId;
            case SESSION -> "/sessions/" + sourceId;
            case AD_HOC -> null;
        };
    }
}
