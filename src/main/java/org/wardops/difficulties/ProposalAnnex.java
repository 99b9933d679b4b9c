package org.wardops.difficulties;

import java.util.List;

/**
 * What a formal proposal document needs besides the proposal: the annex table of units and their original
 * difficulties, one row per member difficulty of the proposal's common difficulties and one per unit that only
 * co-signed one of them (its own account of the same difficulty), so that the units of the annex are the units counted.
 */
public record ProposalAnnex(ProposalView proposal, List<Row> rows) {

    /**
     * One unit's own difficulty and recommendation, as the unit wrote them; for a co-signing unit ({@code cosignedWith}
     * names the unit whose difficulty it co-signed) its account of the same difficulty.
     */
    public record Row(String unitName, String commonDifficulty, String title, String description, String recommendation,
                      @org.jspecify.annotations.Nullable String cosignedWith) {

        public boolean cosigned() {
            return cosignedWith != null;
        }
    }

    /** How many different units the rows come from: the proposal's count of units when the reader sees them all. */
    public long unitCount() {
        return rows.stream().map(Row::unitName).distinct().count();
    }
}
