package org.wardops.dashboard;

import org.junit.jupiter.api.Test;
import org.wardops.dashboard.internal.TodoCollector;
import org.wardops.dashboard.internal.TodoPolicy;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TodoCollectorTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 18);

    @Test
    void overdueComesFirstThenTheEarliestDueDateThenItemsWithoutOne() {
        TodoCollector collector = new TodoCollector();
        collector.add(TodoKind.REPORT_TO_FILL, 3, List.of(item(TodoKind.REPORT_TO_FILL, "later", TODAY.plusDays(9), false),
                item(TodoKind.REPORT_TO_FILL, "sooner", TODAY.plusDays(2), false)));
        collector.add(item(TodoKind.DIFFICULTY_TO_SIGN, "no deadline", null, false));
        collector.add(item(TodoKind.TASK_DUE, "overdue", TODAY.minusDays(1), true));
        collector.add(item(TodoKind.CITY_OVERVIEW, "standing", null, false));

        TodoList list = collector.list(List.of(TodoPolicy.Section.UNIT_OFFICER));

        assertThat(list.items()).extracting(TodoItem::title).containsExactly("overdue", "sooner", "later", "no deadline", "standing");
        assertThat(list.work()).extracting(TodoItem::title).doesNotContain("standing");
        assertThat(list.standing()).extracting(TodoItem::title).containsExactly("standing");
        assertThat(list.counts()).as("in the kinds' order").containsExactly(java.util.Map.entry(TodoKind.DIFFICULTY_TO_SIGN, 1L),
                java.util.Map.entry(TodoKind.REPORT_TO_FILL, 3L), java.util.Map.entry(TodoKind.TASK_DUE, 1L));
        assertThat(list.total()).isEqualTo(5);
        assertThat(list.overdue()).isEqualTo(1);
        assertThat(list.sections()).containsExactly("UNIT_OFFICER");
    }

    @Test
    void onlyStandingLinksMeanNothingIsWaiting() {
        TodoCollector collector = new TodoCollector();
        collector.add(item(TodoKind.ASSISTANCE_LOG, "phone page", null, false));
        collector.add(TodoKind.MAIL_FAILED, 0, List.of());

        TodoList list = collector.list(List.of(TodoPolicy.Section.VOLUNTEER));

        assertThat(list.nothingWaiting()).isTrue();
        assertThat(list.counts()).isEmpty();
        assertThat(list.standing()).hasSize(1);
    }

    private static TodoItem item(TodoKind kind, String title, LocalDate due, boolean overdue) {
        return new TodoItem(kind, title, null, due, overdue, "/x", null);
    }
}
