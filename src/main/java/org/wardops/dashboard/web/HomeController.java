package org.wardops.dashboard.web;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.wardops.dashboard.TodoList;
import org.wardops.dashboard.TodoLists;
import org.wardops.directory.DirectoryManagement;
import org.wardops.directory.UnitView;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.CurrentActor;
import org.wardops.shared.web.Htmx;
import org.wardops.shared.web.NavItem;

import java.util.Set;

/** The start page: what needs the person now (their to-do list), and their unit. */
@Controller
public class HomeController {

    /** What the start page shows: the list and the person's own unit, when they belong to one. */
    public record HomeView(TodoList todo, @Nullable UnitView unit) {
    }

    private final TodoLists todo;
    private final DirectoryManagement directory;

    HomeController(TodoLists todo, DirectoryManagement directory) {
        this.todo = todo;
        this.directory = directory;
    }

    @GetMapping("/")
    String home(HttpServletRequest request, Model model) {
        Actor actor = CurrentActor.get();
        UnitView unit = actor.unitId() == null ? null : directory.unit(actor.unitId());
        model.addAttribute("view", new HomeView(todo.mine(), unit));
        return Htmx.pageOrPartial(request, "dashboard/home", "dashboard/_todo");
    }

    @Bean
    static NavItem homeNavItem() {
        return new NavItem("dashboard.label.nav.home", "/", 10, Set.of());
    }
}
