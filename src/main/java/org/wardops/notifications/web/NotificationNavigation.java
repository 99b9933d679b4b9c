package org.wardops.notifications.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wardops.shared.web.NavItem;

import java.util.Set;

@Configuration(proxyBeanMethods = false)
class NotificationNavigation {

    @Bean
    NavItem outboxNavItem() {
        return new NavItem("notifications.label.nav.outbox", "/notifications/outbox", 83, Set.of(org.wardops.shared.security.Role.SYSTEM_ADMIN), "admin");
    }
}
