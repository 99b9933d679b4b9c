package org.wardops.difficulties;

import java.util.List;

/**
 * A suggested common difficulty: similar texts from several units, why they were grouped (the terms most of them
 * share) and how similar they are on average (0–1). {@code key} identifies it for accepting or rejecting.
 */
public record SuggestionView(String key, List<MemberView> members, List<String> sharedTerms, double score, List<String> categories,
                             int unitCount) {
}
