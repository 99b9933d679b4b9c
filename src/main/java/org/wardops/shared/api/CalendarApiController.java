package org.wardops.shared.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wardops.shared.InvalidInputException;
import org.wardops.shared.security.CurrentActor;
import org.wardops.shared.time.WorkingDays;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The working-day arithmetic behind every deadline, for clients and tests. */
@RestController
@Tag(name = "Calendar", description = "Working days on the configured holiday calendar")
class CalendarApiController {

    /** The computed day. */
    record WorkingDay(LocalDate date) {
    }

    private static final int MAX_DAYS = 3660;

    private final WorkingDays workingDays;

    CalendarApiController(WorkingDays workingDays) {
        this.workingDays = workingDays;
    }

    @GetMapping("/api/v1/calendar/working-days")
    @Operation(operationId = "holidays", summary = "The day a number of working days after a date",
            description = "Weekends and the configured public holidays (Tết included) are skipped; days=0 gives the date itself or the next working day.")
    WorkingDay add(@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable Integer days) {
        CurrentActor.get();
        if (from == null || days == null) {
            throw InvalidInputException.of(from == null ? "from" : "days", "shared.error.calendar.fromAndDaysRequired");
        }
        if (days < 0 || days > MAX_DAYS) {
            throw InvalidInputException.of("days", "shared.error.calendar.daysOutOfRange", MAX_DAYS);
        }
        try {
            return new WorkingDay(workingDays.add(LocalDate.parse(from), days));
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("from", "shared.error.calendar.dateInvalid");
        }
    }
}
