package org.wardops.training;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.UUID;

/** A session of a course: when, where (a place or a link), who trains, how many places, how many taken. */
public record SessionView(UUID id, UUID courseId, LocalDate heldOn, @Nullable String place, @Nullable String link, String trainer,
                          int capacity, int enrolled) {

    public int freePlaces() {
        return Math.max(0, capacity - enrolled);
    }
}
