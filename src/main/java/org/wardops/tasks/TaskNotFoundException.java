package org.wardops.tasks;

import org.wardops.shared.NotFoundException;

import java.util.UUID;

public class TaskNotFoundException extends NotFoundException {

    public TaskNotFoundException(UUID id) {
        super("tasks.error.task.notFound", id);
    }
}
