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
        return new NavItem("indicators.label.nav.ranking", "/indicators/ranking", 70, Set.of());
    }

    @Bean
    NavItem indicatorsValuesNavItem() {
        return new NavItem("indicators.label.nav.values", "/indicators/values", 71, Set.of(Role.SYSTEM_ADMIN, Role.UNIT_LEADER, Role.UNIT_OFFICER));
    }

    @Bean
    NavItem indicatorsCatalogueNavItem() {
        return new NavItem("indicators.label.nav.catalogue", "/indicators/catalogue", 84, Set.of(Role.SYSTEM_ADMIN), "admin");
    }
}
