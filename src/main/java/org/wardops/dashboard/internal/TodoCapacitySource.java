package org.wardops.dashboard.internal;

import org.springframework.stereotype.Component;
import org.wardops.capacity.CapacityTodo;
import org.wardops.dashboard.TodoItem;
import org.wardops.dashboard.TodoKind;
import org.wardops.directory.DirectoryManagement;
import org.wardops.shared.security.Actor;
import org.wardops.shared.time.LocalTime;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** A unit officer's capacity data when it is older than a year or was never recorded: the unit's capacity page. */
@Component
class TodoCapacitySource implements TodoSource {

    private final CapacityTodo capacity;
    private final DirectoryManagement directory;
    private final TodoTexts texts;

    TodoCapacitySource(CapacityTodo capacity, DirectoryManagement directory, TodoTexts texts) {
        this.capacity = capacity;
        this.directory = directory;
        this.texts = texts;
    }

    @Override
    public void collect(Actor actor, Set<TodoPolicy.Section> sections, LocalDate today, TodoCollector into) {
        if (!sections.contains(TodoPolicy.Section.UNIT_OFFICER)) {
            return;
        }
        UUID unitId = Objects.requireNonNull(actor.unitId());
        capacity.freshness(unitId).ifPresent(freshness -> {
            String link = "/capacity/units/" + unitId;
            if (freshness.lastRecorded() == null) {
                into.add(new TodoItem(TodoKind.CAPACITY_OUTDATED, texts.t("dashboard.todo.title.capacityMissing"), directory.unit(unitId).name(),
                        null, false, link, null));
                return;
            }
            LocalDate recorded = freshness.lastRecorded().atZone(LocalTime.VIETNAM).toLocalDate();
            LocalDate due = recorded.plusYears(1);
            if (!due.isAfter(today)) {
                into.add(new TodoItem(TodoKind.CAPACITY_OUTDATED, texts.t("dashboard.todo.title.capacityOutdated"), directory.unit(unitId).name(),
                        due, due.isBefore(today), link, texts.t("dashboard.todo.detail.lastRecorded", LocalTime.format(recorded))));
            }
        });
    }
}
