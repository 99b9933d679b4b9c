package org.wardops.access.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wardops.shared.security.Role;
import org.wardops.shared.web.NavItem;

import java.util.Set;

@Configuration(proxyBeanMethods = false)
class AccessNavigation {

    @Bean
    NavItem accountsNavItem() {
        return new NavItem("access.label.nav.accounts", "/admin/accounts", 80, Set.of(Role.SYSTEM_ADMIN), "admin");
    }
}
