package org.wardops.supervision;

import org.jspecify.annotations.Nullable;

import java.util.UUID;

/**
 * A recommendation a unit raised at a session and the feedback it received, as changed after the session.
 *
 * @param id the item being changed; null for a new one
 */
public record SaveFeedback(@Nullable UUID id, @Nullable UUID unitId, @Nullable String recommendation, @Nullable String response) {

    /** A row left entirely empty (the page's spare row, or a row cleared to remove it). */
    public boolean empty() {
        return unitId == null && (recommendation == null || recommendation.isBlank()) && (response == null || response.isBlank());
    }
}
