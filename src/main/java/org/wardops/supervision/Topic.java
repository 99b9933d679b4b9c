package org.wardops.supervision;

/** What a programme supervises; a programme chooses its own set. */
public enum Topic {
    ORGANISATION_STAFFING,
    PROCEDURES_PUBLIC_SERVICES,
    DIGITAL_TRANSFORMATION,
    INFRASTRUCTURE_ASSETS,
    FINANCE,
    PROJECTS,
    OTHER
}
