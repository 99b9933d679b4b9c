package org.wardops.tasks.internal;

import org.wardops.shared.RuleViolationException;
import org.wardops.tasks.TaskStage;

import java.util.Set;

/**
 * A verb called on a task in a stage that does not allow it (accepting what nobody reported, reporting on a
 * cancelled task, ...). Carries the current and the required stages; the message key names the situation.
 */
public class TaskStageException extends RuleViolationException {

    private final TaskStage current;
    private final Set<TaskStage> required;

    public TaskStageException(String messageKey, TaskStage current, Set<TaskStage> required) {
        super(messageKey, current.name(), TaskStage.names(required).toString());
        this.current = current;
        this.required = Set.copyOf(required);
    }

    public TaskStage current() {
        return current;
    }

    public Set<TaskStage> required() {
        return required;
    }
}
