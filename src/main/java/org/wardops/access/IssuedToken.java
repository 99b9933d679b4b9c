package org.wardops.access;

import java.time.Instant;
import java.util.UUID;

/** A new API token. The token itself is shown only here; WardOps keeps only its hash. */
public record IssuedToken(UUID id, String token, Instant expiresAt) {

    /** Spring MVC logs the response body at DEBUG through this: the token must not reach the log. */
    @Override
    public String toString() {
        return "IssuedToken[id=" + id + ", token=***, expiresAt=" + expiresAt + "]";
    }
}
