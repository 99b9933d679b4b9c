package org.wardops.training;

import java.util.List;

/** What an enrolment by unit or rule did: who was enrolled, and how many were left out as already enrolled. */
public record EnrolmentResult(List<EnrolmentView> enrolled, int alreadyEnrolled) {

    public EnrolmentResult {
        enrolled = List.copyOf(enrolled);
    }
}
