package org.wardops.citizensupport;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A logged assistance entry. */
public record AssistanceView(UUID id, UUID clientId, UUID unitId, UUID teamId, LocalDate date, String residentialGroup,
                             AssistanceService service, @Nullable String procedureCode, Channel channel, Outcome outcome,
                             @Nullable String reason, int minutes, @Nullable AgeBand ageBand, @Nullable Gender gender,
                             UUID recordedBy, Instant recordedAt) {
}
