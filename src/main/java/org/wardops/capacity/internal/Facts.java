package org.wardops.capacity.internal;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/** What a unit's readiness rests on, counted from its records on a day. */
public record Facts(LocalDate today, int establishedPosts, int filledPosts, int currentStaff, int severalPosts, int basicTested,
                    boolean dtOfficerMain, boolean dtOfficerConcurrent, int pcs, int pcsSupported, int pcsEnding, int pcsUnsupported,
                    int pcsUnknown, @Nullable LocalDate lastRestoreTest, int controlsInPlace, int controlsMissing, int controlsNotApplicable,
                    int links, int redundantLinks) {
}
