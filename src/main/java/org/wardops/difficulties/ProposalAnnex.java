package org.wardops.difficulties;

import java.util.List;

/**
 * What a formal proposal document needs besides the proposal: the annex table of units and their original
 * difficulties, one row per member difficulty of the proposal's common difficulties (the documents module renders it).
 */
public record ProposalAnnex(ProposalView proposal, List<Row> rows) {

    /** One unit's own difficulty and recommendation, as the unit wrote them. */
    public record Row(String unitName, String commonDifficulty, String title, String description, String recommendation) {
    }
}
