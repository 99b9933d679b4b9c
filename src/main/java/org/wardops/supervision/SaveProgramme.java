package org.wardops.supervision;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A new supervision programme. */
public record SaveProgramme(@Nullable String code, @Nullable String title, @Nullable String issuingBody, @Nullable String documentReference,
                            @Nullable LocalDate documentDate, @Nullable String period, @Nullable List<Topic> topics,
                            @Nullable List<UUID> workingGroupIds) {
}
