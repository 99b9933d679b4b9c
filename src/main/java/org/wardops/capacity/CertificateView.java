package org.wardops.capacity;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/** A certificate a person holds (IT standard, security, a vendor's course). */
public record CertificateView(@Nullable String name, @Nullable String issuer, @Nullable LocalDate issuedOn, @Nullable LocalDate expiresOn) {
}
