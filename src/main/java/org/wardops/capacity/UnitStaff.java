package org.wardops.capacity;

import java.util.List;

/** A unit's register: the summary and every person, current ones first, who left after. */
public record UnitStaff(StaffSummary summary, List<StaffView> staff) {
}
