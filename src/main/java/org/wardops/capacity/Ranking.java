package org.wardops.capacity;

import org.wardops.shared.PageResult;

import java.util.List;

/** A page of the ranking with the criteria as columns of the heat table. */
public record Ranking(PageResult<RankingRow> rows, List<CriterionView> criteria) {
}
