package org.wardops.capacity;

/** One bar of a unit's asset age histogram: PCs bought a number of years ago (label e.g. "0–2", "9+", "?"). */
public record AgeBucket(String label, int count) {
}
