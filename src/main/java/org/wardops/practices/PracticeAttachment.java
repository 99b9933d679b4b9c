package org.wardops.practices;

import java.time.Instant;
import java.util.UUID;

/** A file attached to a good practice (e.g. the plan, a photo, the figures), stored with its SHA-256 checksum under a sanitised name. */
public record PracticeAttachment(UUID id, UUID practiceId, String fileName, String contentType, long size, String sha256, String uploadedBy,
                                 Instant uploadedAt) {
}
