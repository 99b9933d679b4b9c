package org.wardops.reporting.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wardops.shared.security.Role;
import org.wardops.shared.web.NavItem;

import java.util.Set;

@Configuration(proxyBeanMethods = false)
class ReportingNavigation {

    @Bean
    NavItem reportRequestsNavItem() {
        return new NavItem("reporting.label.nav.requests", "/report-requests", 40, Set.of(), "supervision");
    }

    @Bean
    NavItem reportTemplatesNavItem() {
        return new NavItem("reporting.label.nav.templates", "/admin/report-templates", 82, Set.of(Role.SYSTEM_ADMIN), "admin");
    }
}
