package org.wardops.practices;

/** What a practice is about, for search and filters. */
public enum Topic {
    CITIZEN_SUPPORT,
    ONLINE_SERVICES,
    DIGITAL_SKILLS,
    ADMINISTRATIVE_REFORM,
    INFRASTRUCTURE,
    OTHER
}
