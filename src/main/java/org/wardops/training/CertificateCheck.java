package org.wardops.training;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/** What the public verification of a certificate shows: nothing but the name, the course and the dates. */
public record CertificateCheck(String code, String fullName, String course, String topic, LocalDate issuedOn, @Nullable LocalDate expiresOn,
                               boolean expired) {
}
