package org.wardops.directory.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wardops.shared.security.Role;
import org.wardops.shared.web.NavItem;

import java.util.Set;

@Configuration(proxyBeanMethods = false)
class DirectoryNavigation {

    @Bean
    NavItem unitsNavItem() {
        return new NavItem("directory.label.nav.units", "/units", 20, Set.of(), "directory");
    }

    @Bean
    NavItem workingGroupsNavItem() {
        return new NavItem("directory.label.nav.workingGroups", "/working-groups", 30, Set.of(), "directory");
    }

    @Bean
    NavItem unitImportNavItem() {
        return new NavItem("directory.label.nav.import", "/admin/units/import", 81, Set.of(Role.SYSTEM_ADMIN), "admin");
    }
}
