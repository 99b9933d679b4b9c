package org.wardops.indicators;

/** The outcome of a rebuild of the pre-aggregated tables: the new snapshot and what it holds. */
public record RebuildReport(int snapshot, int units, int scores, int totals) {
}
