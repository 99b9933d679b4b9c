package org.wardops.practices.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wardops.shared.web.NavItem;

import java.util.Set;

@Configuration(proxyBeanMethods = false)
class PracticesNavigation {

    @Bean
    NavItem practicesNavItem() {
        return new NavItem("practices.label.nav.practices", "/practices", 63, Set.of(), "citizens");
    }
}
