package org.wardops.capacity.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wardops.shared.security.Role;
import org.wardops.shared.web.NavItem;

import java.util.Set;

@Configuration(proxyBeanMethods = false)
class CapacityNavigation {

    /** Everyone but volunteers reads some capacity: their own unit, their group's units or the city. */
    @Bean
    NavItem capacityNavItem() {
        return new NavItem("capacity.label.nav.capacity", "/capacity", 70, Set.of(Role.SYSTEM_ADMIN, Role.CITY_LEADER, Role.AUDITOR,
                Role.DEPARTMENT_OFFICER, Role.WORKING_GROUP_LEADER, Role.WORKING_GROUP_MEMBER, Role.UNIT_LEADER, Role.UNIT_OFFICER));
    }
}
