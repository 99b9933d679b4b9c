package org.wardops.audit.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wardops.shared.security.Role;
import org.wardops.shared.web.NavItem;

import java.util.Set;

@Configuration(proxyBeanMethods = false)
class AuditNavigation {

    @Bean
    NavItem auditNavItem() {
        return new NavItem("audit.label.nav", "/audit", 90, Set.of(Role.AUDITOR, Role.SYSTEM_ADMIN), "admin");
    }
}
