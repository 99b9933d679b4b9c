package org.wardops.difficulties;

import java.time.Instant;
import java.util.UUID;

/** Evidence attached to a difficulty, stored with its SHA-256 checksum under a sanitised name. */
public record DifficultyAttachment(UUID id, UUID difficultyId, String fileName, String contentType, long size, String sha256,
                                   String uploadedBy, Instant uploadedAt) {
}
