package org.wardops.training.web;

import org.jspecify.annotations.Nullable;
import org.wardops.training.CreateCourse;
import org.wardops.training.FileTrainingRequest;
import org.wardops.training.PlanSession;
import org.wardops.training.TrainingMode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.UUID;

/** The training forms as typed; a value that does not parse counts as missing, so the facade names the field. */
final class TrainingForms {

    private TrainingForms() {
    }

    /** The new-course form. */
    public record CourseForm(@Nullable String topic, @Nullable String title, @Nullable String hours, @Nullable String mode, @Nullable String organiser) {

        static CourseForm empty() {
            return new CourseForm("", "", "", "IN_PERSON", "");
        }

        CreateCourse command() {
            TrainingMode parsed;
            try {
                parsed = mode == null || mode.isBlank() ? null : TrainingMode.valueOf(mode.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                parsed = null;
            }
            return new CreateCourse(topic, title, decimal(hours), parsed, organiser);
        }
    }

    /** The new-session form. */
    public record SessionForm(@Nullable String heldOn, @Nullable String place, @Nullable String link, @Nullable String trainer, @Nullable String capacity) {

        static SessionForm empty() {
            return new SessionForm("", "", "", "", "30");
        }

        PlanSession command() {
            return new PlanSession(date(heldOn), place, link, trainer, number(capacity));
        }
    }

    /** The training-request form. */
    public record RequestForm(@Nullable String topic, @Nullable String people, @Nullable String preferredPeriod, @Nullable String reason) {

        static RequestForm empty() {
            return new RequestForm("", "", "", "");
        }

        FileTrainingRequest command(@Nullable UUID unitId) {
            return new FileTrainingRequest(unitId, topic, number(people), preferredPeriod, reason);
        }
    }

    static @Nullable BigDecimal decimal(@Nullable String value) {
        try {
            return value == null || value.isBlank() ? null : new BigDecimal(value.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static @Nullable Integer number(@Nullable String value) {
        try {
            return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static @Nullable LocalDate date(@Nullable String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
