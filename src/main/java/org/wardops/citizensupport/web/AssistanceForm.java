package org.wardops.citizensupport.web;

import org.jspecify.annotations.Nullable;
import org.wardops.citizensupport.AgeBand;
import org.wardops.citizensupport.AssistanceService;
import org.wardops.citizensupport.Channel;
import org.wardops.citizensupport.Gender;
import org.wardops.citizensupport.LogAssistance;
import org.wardops.citizensupport.Outcome;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * The phone page's form as posted without JavaScript (the app sends the same fields as JSON). {@code clientId} is
 * generated when the form is shown, so that a form sent twice is logged once. A value that does not parse counts
 * as missing and is reported as such.
 */
public record AssistanceForm(@Nullable String clientId, @Nullable String date, @Nullable String teamId, @Nullable String residentialGroup,
                             @Nullable String service, @Nullable String procedureCode, @Nullable String channel, @Nullable String outcome,
                             @Nullable String reason, @Nullable String minutes, @Nullable String ageBand, @Nullable String gender) {

    static AssistanceForm fresh(LocalDate today, @Nullable UUID teamId) {
        return new AssistanceForm(UUID.randomUUID().toString(), today.toString(), teamId == null ? "" : teamId.toString(), "", "", "",
                Channel.DOOR_TO_DOOR.name(), Outcome.DONE.name(), "", "15", "", "");
    }

    LogAssistance command() {
        return new LogAssistance(uuid(clientId), day(date), uuid(teamId), residentialGroup, parse(AssistanceService.class, service),
                procedureCode, parse(Channel.class, channel), parse(Outcome.class, outcome), reason, number(minutes),
                parse(AgeBand.class, ageBand), parse(Gender.class, gender));
    }

    public String value(@Nullable String field) {
        return field == null ? "" : field;
    }

    public boolean is(@Nullable String field, String value) {
        return value.equals(field);
    }

    private static @Nullable UUID uuid(@Nullable String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static @Nullable LocalDate day(@Nullable String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static @Nullable Integer number(@Nullable String value) {
        try {
            return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value) {
        try {
            return value == null || value.isBlank() ? null : Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
