package org.wardops.indicators.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wardops.shared.security.Role;
import org.wardops.shared.web.NavItem;

import java.util.Set;

/** The ranking for everyone; values for those who enter them; the catalogue under administration. */
@Configuration(proxyBeanMethods = false)
class IndicatorsNavigation {

    @Bean
    NavItem indicatorsRankingNavItem() {
        return new NavItem("indicators.label.nav.ranking", "/indicators/ranking", 72, Set.of(), "indicators");
    }

    @Bean
    NavItem indicatorsValuesNavItem() {
        return new NavItem("indicators.label.nav.values", "/indicators/values", 73, Set.of(Role.SYSTEM_ADMIN, Role.UNIT_LEADER, Role.UNIT_OFFICER), "indicators");
    }

    @Bean
    NavItem indicatorsCatalogueNavItem() {
        return new NavItem("indicators.label.nav.catalogue", "/indicators/catalogue", 84, Set.of(Role.SYSTEM_ADMIN), "admin");
    }
}
