package org.wardops.training.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wardops.shared.security.Role;
import org.wardops.shared.web.NavItem;

import java.util.Set;

/** The header section "Training": the catalogue, the requests and the coverage, for everyone but volunteers. */
@Configuration(proxyBeanMethods = false)
class TrainingNavigation {

    private static final Set<Role> READERS = Set.of(Role.SYSTEM_ADMIN, Role.CITY_LEADER, Role.AUDITOR, Role.DEPARTMENT_OFFICER,
            Role.WORKING_GROUP_LEADER, Role.WORKING_GROUP_MEMBER, Role.UNIT_LEADER, Role.UNIT_OFFICER);

    @Bean
    NavItem trainingCatalogueNavItem() {
        return new NavItem("training.label.nav.catalogue", "/training", 74, READERS, "training");
    }

    @Bean
    NavItem trainingRequestsNavItem() {
        return new NavItem("training.label.nav.requests", "/training/requests", 75, READERS, "training");
    }

    @Bean
    NavItem trainingCoverageNavItem() {
        return new NavItem("training.label.nav.coverage", "/training/coverage", 76, READERS, "training");
    }
}
