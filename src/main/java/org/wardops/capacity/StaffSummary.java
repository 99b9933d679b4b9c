package org.wardops.capacity;

import java.util.UUID;

/**
 * A unit's staffing in numbers: established posts allotted against those filled (a person whose main post is an
 * established one), people holding two posts or more, and whether a dedicated digital-transformation officer exists
 * (the post held as a main post; held only concurrently it does not count).
 */
public record StaffSummary(UUID unitId, int establishedPosts, int filledPosts, int currentStaff, int severalPosts,
                           boolean dtOfficerPresent, boolean dtOfficerConcurrentOnly) {

    public int vacantPosts() {
        return Math.max(0, establishedPosts - filledPosts);
    }
}
