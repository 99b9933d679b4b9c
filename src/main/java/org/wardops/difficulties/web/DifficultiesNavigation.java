package org.wardops.difficulties.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wardops.shared.security.Role;
import org.wardops.shared.web.NavItem;

import java.util.Set;

@Configuration(proxyBeanMethods = false)
class DifficultiesNavigation {

    @Bean
    NavItem difficultiesNavItem() {
        return new NavItem("difficulties.label.nav.difficulties", "/difficulties", 50, Set.of(), "difficulties");
    }

    @Bean
    NavItem inboxNavItem() {
        return new NavItem("difficulties.label.nav.inbox", "/difficulties/inbox", 51,
                Set.of(Role.WORKING_GROUP_LEADER, Role.WORKING_GROUP_MEMBER, Role.DEPARTMENT_OFFICER, Role.CITY_LEADER), "difficulties");
    }

    @Bean
    NavItem boardNavItem() {
        return new NavItem("difficulties.label.nav.board", "/difficulties/board", 52,
                Set.of(Role.WORKING_GROUP_LEADER, Role.WORKING_GROUP_MEMBER, Role.CITY_LEADER, Role.SYSTEM_ADMIN, Role.AUDITOR), "difficulties");
    }

    @Bean
    NavItem commonsNavItem() {
        return new NavItem("difficulties.label.nav.commons", "/common-difficulties", 53, Set.of(), "difficulties");
    }

    @Bean
    NavItem proposalsNavItem() {
        return new NavItem("difficulties.label.nav.proposals", "/proposals", 54, Set.of(), "difficulties");
    }

    @Bean
    NavItem overviewNavItem() {
        return new NavItem("difficulties.label.nav.overview", "/difficulties/overview", 55, Set.of(), "difficulties");
    }
}
