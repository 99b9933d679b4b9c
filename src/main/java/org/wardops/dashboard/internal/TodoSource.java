package org.wardops.dashboard.internal;

import org.wardops.shared.security.Actor;

import java.time.LocalDate;
import java.util.Set;

/** One part of the home page's list: it adds the items of the sections it serves. */
public interface TodoSource {

    void collect(Actor actor, Set<TodoPolicy.Section> sections, LocalDate today, TodoCollector into);
}
