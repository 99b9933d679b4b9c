package org.wardops.capacity.internal;

import org.wardops.capacity.Employment;
import org.wardops.capacity.PostView;
import org.wardops.capacity.StaffSummary;
import org.wardops.capacity.StaffView;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A unit's staffing figures, counted over the people currently in its register. */
public final class StaffFigures {

    private StaffFigures() {
    }

    public static StaffSummary summary(UUID unitId, int establishedPosts, List<StaffView> staff, Set<String> digitalOfficerCodes) {
        List<StaffView> current = staff.stream().filter(StaffView::current).toList();
        int filled = (int) current.stream().filter(s -> s.posts().stream().anyMatch(p -> p.main() && p.employment() == Employment.ESTABLISHED)).count();
        int several = (int) current.stream().filter(StaffView::holdsSeveralPosts).count();
        boolean dtMain = current.stream().flatMap(s -> s.posts().stream()).anyMatch(p -> p.main() && isDt(p, digitalOfficerCodes));
        boolean dtConcurrent = current.stream().flatMap(s -> s.posts().stream()).anyMatch(p -> !p.main() && isDt(p, digitalOfficerCodes));
        return new StaffSummary(unitId, establishedPosts, filled, current.size(), several, dtMain, !dtMain && dtConcurrent);
    }

    public static boolean holdsDt(StaffView staff, Set<String> digitalOfficerCodes) {
        return staff.posts().stream().anyMatch(p -> isDt(p, digitalOfficerCodes));
    }

    private static boolean isDt(PostView post, Set<String> codes) {
        return post.positionCode() != null && codes.contains(post.positionCode());
    }
}
