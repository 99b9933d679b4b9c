package org.wardops.citizensupport.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wardops.shared.security.Role;
import org.wardops.shared.web.NavItem;

import java.util.Set;

/** The citizen-support entries of the header: the unit page for readers, the phone page for those who log help. */
@Configuration(proxyBeanMethods = false)
class CitizenSupportNavigation {

    @Bean
    NavItem citizenSupportNavItem() {
        return new NavItem("citizensupport.label.nav.unit", "/citizen-support", 61, Set.of(Role.SYSTEM_ADMIN, Role.CITY_LEADER, Role.AUDITOR,
                Role.WORKING_GROUP_LEADER, Role.WORKING_GROUP_MEMBER, Role.UNIT_LEADER, Role.UNIT_OFFICER, Role.VOLUNTEER), "citizens");
    }

    @Bean
    NavItem assistanceLogNavItem() {
        return new NavItem("citizensupport.label.nav.log", "/assistance/log", 62, Set.of(Role.UNIT_LEADER, Role.UNIT_OFFICER, Role.VOLUNTEER), "citizens");
    }
}
