package org.wardops.dashboard;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The person's to-do list: the items, most urgent first, and how many of each kind there are in all (a kind lists at
 * most {@link TodoLists#PER_KIND} items; its count says how many more the linked page holds), and which parts the list
 * is made of ({@code UNIT_OFFICER}, {@code WORKING_GROUP}, …: the person's roles as the home page reads them).
 */
public record TodoList(List<TodoItem> items, Map<TodoKind, Long> counts, List<String> sections) {

    public TodoList {
        items = List.copyOf(items);
        counts = counts.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(counts));
        sections = List.copyOf(sections);
    }

    /** How many items there are in all, beyond the ones listed too. */
    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** How many of the listed items are overdue. */
    public long overdue() {
        return items.stream().filter(TodoItem::overdue).count();
    }

    /** Whether nothing is waiting: standing links may still be listed. */
    public boolean nothingWaiting() {
        return counts.isEmpty();
    }

    /** The items that are work (counted), most urgent first. */
    public List<TodoItem> work() {
        return items.stream().filter(item -> !item.kind().standing()).toList();
    }

    /** The standing links: the city overview, the phone page, the audit chain, recent changes. */
    public List<TodoItem> standing() {
        return items.stream().filter(item -> item.kind().standing()).toList();
    }
}
