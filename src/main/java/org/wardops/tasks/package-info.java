/**
 * Tasks from plans, conclusions and directives; cascades to many units, each with its own due date; progress,
 * completion, acceptance and return; the four official states computed from dates; due-date changes; the year-end
 * review board and statistics. Publishes past-tense events that the notifications module consumes.
 */
@ApplicationModule(displayName = "Tasks", allowedDependencies = {"directory", "audit", "indicators", "documents", "difficulties"})
@NullMarked
package org.wardops.tasks;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
