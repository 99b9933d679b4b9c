package org.wardops.difficulties;

import java.time.Instant;
import java.util.UUID;

/** A unit that declared "we have this too", with its own local detail. */
public record Cosigner(UUID unitId, String unitName, String detail, Instant signedAt) {
}
