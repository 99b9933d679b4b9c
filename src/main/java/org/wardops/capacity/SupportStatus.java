package org.wardops.capacity;

/**
 * Whether an asset's operating system still gets security updates, judged on a day: {@code UNSUPPORTED} from its
 * end-of-support date on, {@code ENDING} when that date is within 12 months, {@code SUPPORTED} otherwise, and
 * {@code UNKNOWN} when the catalogue does not know the system (or its edition) — never supported by default.
 */
public enum SupportStatus {
    SUPPORTED,
    ENDING,
    UNSUPPORTED,
    UNKNOWN
}
