package org.wardops.citizensupport;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One citizen helped, as the volunteer's phone sends it. {@code clientId} is generated on the phone and is the
 * idempotency key: a resend answers the record already received. Nothing here names the citizen.
 */
public record LogAssistance(@Nullable UUID clientId, @Nullable LocalDate date, @Nullable UUID teamId, @Nullable String residentialGroup,
                            @Nullable AssistanceService service, @Nullable String procedureCode, @Nullable Channel channel,
                            @Nullable Outcome outcome, @Nullable String reason, @Nullable Integer minutes,
                            @Nullable AgeBand ageBand, @Nullable Gender gender) {
}
