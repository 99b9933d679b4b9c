package org.wardops.difficulties.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wardops.shared.security.Role;
import org.wardops.shared.web.NavItem;

import java.util.Set;

/** The administrators' link to the grouping's thesaurus and tuning. */
@Configuration(proxyBeanMethods = false)
class GroupingNavigation {

    @Bean
    NavItem groupingAdminNavItem() {
        return new NavItem("difficulties.label.nav.grouping", "/admin/grouping", 83, Set.of(Role.SYSTEM_ADMIN), "admin");
    }
}
