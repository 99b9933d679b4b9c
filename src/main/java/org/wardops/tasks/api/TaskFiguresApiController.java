package org.wardops.tasks.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.wardops.tasks.TaskFiguresManagement;

import java.util.Map;

@RestController
@Tag(name = "Tasks")
class TaskFiguresApiController {

    private final TaskFiguresManagement figures;

    TaskFiguresApiController(TaskFiguresManagement figures) {
        this.figures = figures;
    }

    @PostMapping("/api/v1/tasks/figures/republish")
    @Operation(operationId = "republishTaskFigures", summary = "Publish every unit-month's task figures to indicators again (administrators)",
            description = "tasks.open, tasks.overdue, tasks.done, tasks.doneOnTime per lead unit and month of the due date; answers {unitMonths}")
    Map<String, Integer> republish() {
        return Map.of("unitMonths", figures.republishAll());
    }
}
