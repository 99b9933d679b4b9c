package org.wardops.training;

import org.jspecify.annotations.Nullable;

import java.util.UUID;

/** One line of an attendance sheet. */
public record AttendanceEntry(@Nullable UUID enrolmentId, boolean present) {
}
