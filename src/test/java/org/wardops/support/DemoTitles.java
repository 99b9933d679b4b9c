package org.wardops.support;

import org.wardops.shared.time.LocalTime;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Titles of demo records that the demo derives from its today (DemoTasks), as the tests expect them. */
public final class DemoTitles {

    private DemoTitles() {
    }

    /** The quarterly Plan 249 report, due 20 days before the demo's today, on the quarter before the one it is due in. */
    public static String quarterlyReport(Clock clock) {
        LocalDate reportedQuarter = LocalDate.now(clock.withZone(LocalTime.VIETNAM)).minusDays(20).minusMonths(1);
        return "Báo cáo kết quả thực hiện Kế hoạch 249-KH/UBKTTW quý "
                + List.of("I", "II", "III", "IV").get((reportedQuarter.getMonthValue() - 1) / 3) + "/" + reportedQuarter.getYear();
    }
}
