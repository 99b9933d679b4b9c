package org.wardops.reporting;

import java.time.Instant;
import java.util.UUID;

/** A file attached to a report, stored with its SHA-256 checksum under a sanitised name. */
public record AttachmentView(UUID id, UUID reportId, String fieldKey, String fileName, String contentType, long size,
                             String sha256, String uploadedBy, Instant uploadedAt) {
}
