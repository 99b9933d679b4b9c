package org.wardops.dashboard.web;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.wardops.directory.DirectoryManagement;
import org.wardops.directory.UnitDetails;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.CurrentActor;
import org.wardops.shared.web.NavItem;

import java.util.Set;

/** The start page: the person's own unit and what their scope covers. */
@Controller
public class HomeController {

    /** What the start page shows. */
    public record HomeView(@Nullable UnitDetails unit, boolean cityWide, int scopeUnits) {
    }

    private final DirectoryManagement directory;

    HomeController(DirectoryManagement directory) {
        this.directory = directory;
    }

    @GetMapping("/")
    String home(Model model) {
        Actor actor = CurrentActor.get();
        UnitDetails unit = actor.unitId() == null ? null : directory.details(actor.unitId());
        model.addAttribute("view", new HomeView(unit, actor.scope().cityWide(), actor.scope().unitIds().size()));
        return "dashboard/home";
    }

    @Bean
    static NavItem homeNavItem() {
        return new NavItem("dashboard.label.nav.home", "/", 10, Set.of());
    }
}
