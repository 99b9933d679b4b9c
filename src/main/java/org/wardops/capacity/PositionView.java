package org.wardops.capacity;

/** A position of the catalogue with its label in the reader's language. */
public record PositionView(String code, String label, boolean digitalOfficer) {
}
