package org.wardops.supervision.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wardops.shared.web.NavItem;

import java.util.Set;

@Configuration(proxyBeanMethods = false)
class SupervisionNavigation {

    @Bean
    NavItem supervisionNavItem() {
        return new NavItem("supervision.label.nav.supervision", "/supervision", 41, Set.of(), "supervision");
    }

    @Bean
    NavItem programmesNavItem() {
        return new NavItem("supervision.label.nav.programmes", "/programmes", 42, Set.of(), "supervision");
    }

    @Bean
    NavItem sessionsNavItem() {
        return new NavItem("supervision.label.nav.sessions", "/sessions", 43, Set.of(), "supervision");
    }
}
