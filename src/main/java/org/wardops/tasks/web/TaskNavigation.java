package org.wardops.tasks.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wardops.shared.web.NavItem;

import java.util.Set;

@Configuration(proxyBeanMethods = false)
class TaskNavigation {

    @Bean
    NavItem tasksNavItem() {
        return new NavItem("tasks.label.nav.tasks", "/tasks", 60, Set.of(), "tasks");
    }

    @Bean
    NavItem yearEndNavItem() {
        return new NavItem("tasks.label.nav.yearEnd", "/tasks/year-end-review", 61, Set.of(), "tasks");
    }

    @Bean
    NavItem taskStatisticsNavItem() {
        return new NavItem("tasks.label.nav.statistics", "/tasks/statistics", 62, Set.of(), "tasks");
    }
}
