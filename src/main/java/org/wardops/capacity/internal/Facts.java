package org.wardops.capacity.internal;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/** What a unit's readiness rests on, counted from its records on a day. */
public record Facts(LocalDate today, int establishedPosts, int filledPosts, int currentStaff, int severalPosts, int basicTested,
                    boolean dtOfficerMain, boolean dtOfficerConcurrent, int pcs, int pcsSupported, int pcsEnding, int pcsUnsupported,
                    int pcsUnknown, @Nullable LocalDate lastRestoreTest, int controlsInPlace, int controlsMissing, int controlsNotApplicable,
                    int links, int redundantLinks, Map<String, Reading> indicators) {

    /** A value published to {@code indicators} for the unit and the month it is for ({@code yyyy-MM}). */
    public record Reading(BigDecimal value, String period) {
    }

    public Facts {
        indicators = Map.copyOf(indicators);
    }
}
