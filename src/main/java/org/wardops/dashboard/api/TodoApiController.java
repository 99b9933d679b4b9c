package org.wardops.dashboard.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.wardops.dashboard.TodoList;
import org.wardops.dashboard.TodoLists;

@RestController
@Tag(name = "Home", description = "What needs the signed-in person now")
class TodoApiController {

    private final TodoLists todo;

    TodoApiController(TodoLists todo) {
        this.todo = todo;
    }

    @GetMapping("/api/v1/me/todo")
    @Operation(operationId = "link", summary = "My to-do list, most urgent first",
            description = "items: kind, title, unitName, dueDate, overdue, link (the page where it is done), detail; overdue first, then the "
                    + "earliest due date. counts: how many of each kind there are in all (a kind lists at most " + TodoLists.PER_KIND
                    + " items). Only what the owning modules let you read; standing links (city overview, phone page, audit chain) are not counted.")
    TodoList mine() {
        return todo.mine();
    }
}
