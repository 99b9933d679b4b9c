package org.wardops.dashboard;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wardops.dashboard.internal.TodoCollector;
import org.wardops.dashboard.internal.TodoPolicy;
import org.wardops.dashboard.internal.TodoSource;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.CurrentActor;
import org.wardops.shared.time.LocalTime;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * "What needs me now": the acting person's to-do list, composed from the modules' facades by role (see
 * {@link TodoPolicy}), most urgent first. Owns no data; each module's policy decides what the person may see.
 */
@Service
@Transactional(readOnly = true)
public class TodoLists {

    /** The most items of one kind the list shows; its count says how many there are in all. */
    public static final int PER_KIND = 10;

    private final TodoPolicy policy;
    private final List<TodoSource> sources;
    private final Clock clock;

    TodoLists(TodoPolicy policy, List<TodoSource> sources, Clock clock) {
        this.policy = policy;
        this.sources = sources;
        this.clock = clock;
    }

    public TodoList mine() {
        Actor actor = CurrentActor.get();
        Set<TodoPolicy.Section> sections = policy.sections(actor);
        LocalDate today = LocalDate.now(clock.withZone(LocalTime.VIETNAM));
        TodoCollector collector = new TodoCollector();
        for (TodoSource source : sources) {
            source.collect(actor, sections, today, collector);
        }
        return collector.list(sections);
    }
}
