package org.wardops.difficulties.internal;

/** How much the title, description and recommendation of a difficulty count in its term vector. */
public record FieldWeights(double title, double description, double recommendation) {

    /** Chosen on the tuning sets (see docs/grouping.md). */
    public static final FieldWeights DEFAULT = new FieldWeights(GroupingIndex.TITLE, GroupingIndex.DESCRIPTION, GroupingIndex.RECOMMENDATION);
}
