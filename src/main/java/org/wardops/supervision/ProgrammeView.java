package org.wardops.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A supervision programme.
 *
 * @param documentReference the number and symbol of the document that set it up, e.g. {@code 249-KH/UBKTTW}
 */
public record ProgrammeView(UUID id, String code, String title, String issuingBody, String documentReference, LocalDate documentDate,
                            String period, List<Topic> topics, List<UUID> workingGroupIds, long version) {

    public ProgrammeView {
        topics = List.copyOf(topics);
        workingGroupIds = List.copyOf(workingGroupIds);
    }
}
