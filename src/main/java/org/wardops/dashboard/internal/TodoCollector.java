package org.wardops.dashboard.internal;

import org.wardops.dashboard.TodoItem;
import org.wardops.dashboard.TodoKind;
import org.wardops.dashboard.TodoList;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Gathers the items of one person's list from the modules and puts the most urgent first. */
public final class TodoCollector {

    /**
     * Overdue first, then the earliest due date (items without one after those with one), then the kind's order:
     * what the issue calls "ordered by urgency".
     */
    public static final Comparator<TodoItem> URGENCY = Comparator.comparing((TodoItem item) -> !item.overdue())
            .thenComparing(TodoItem::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(TodoItem::kind)
            .thenComparing(TodoItem::title);

    private final List<TodoItem> items = new ArrayList<>();
    private final Map<TodoKind, Long> counts = new EnumMap<>(TodoKind.class);

    /** Adds the first items of a kind and how many there are in all (nothing is counted when there are none). */
    public void add(TodoKind kind, long total, List<TodoItem> first) {
        items.addAll(first);
        if (total > 0 && !kind.standing()) {
            counts.merge(kind, total, Long::sum);
        }
    }

    public void add(TodoItem item) {
        add(item.kind(), 1, List.of(item));
    }

    public TodoList list(java.util.Collection<TodoPolicy.Section> sections) {
        List<TodoItem> sorted = new ArrayList<>(items);
        sorted.sort(URGENCY);
        return new TodoList(sorted, counts, sections.stream().sorted().map(Enum::name).toList());
    }
}
