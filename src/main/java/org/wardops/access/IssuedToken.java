package org.wardops.access;

import java.time.Instant;
import java.util.UUID;

/** A new API token. The token itself is shown only here; WardOps keeps only its hash. */
public record IssuedToken(UUID id, String token, Instant expiresAt) {
}
