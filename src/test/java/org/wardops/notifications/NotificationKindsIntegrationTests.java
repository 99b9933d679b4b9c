package org.wardops.notifications;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wardops.notifications.internal.KindsByRole;
import org.wardops.shared.security.Role;
import org.wardops.support.IntegrationTest;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The settings page offers each person only the kinds their roles receive ({@link KindsByRole}); that table must follow
 * what the listeners actually send. Over everything the demo (and the tests before this one) notified, every
 * notification a person with an account received is of a kind their roles list, so no one finds a kind in their
 * inbox that they cannot switch off.
 */
class NotificationKindsIntegrationTests extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyKindAPersonReceivesIsAKindTheirRolesListOnTheSettingsPage(@Autowired @Qualifier(EventBacklog.EXECUTOR) Object executor) {
        EventBacklog.awaitDrained(executor);
        Map<String, Set<Role>> roles = new HashMap<>();
        jdbc.sql("SELECT a.username, r.role FROM access_account a JOIN access_account_role r ON r.account_id = a.id")
                .query((rs, row) -> roles.computeIfAbsent(rs.getString(1), name -> EnumSet.noneOf(Role.class)).add(Role.valueOf(rs.getString(2))))
                .list();
        Map<String, Set<NotificationKind>> received = new HashMap<>();
        jdbc.sql("SELECT DISTINCT a.username, n.kind FROM notifications_notification n JOIN access_account a ON a.person_id = n.person_id")
                .query((rs, row) -> received.computeIfAbsent(rs.getString(1), name -> new HashSet<>()).add(NotificationKind.valueOf(rs.getString(2))))
                .list();
        Set<NotificationKind> seen = EnumSet.noneOf(NotificationKind.class);
        received.values().forEach(seen::addAll);
        assertThat(seen).as("the demo notifies many kinds, so the check is not empty").hasSizeGreaterThanOrEqualTo(8);
        java.util.List<String> unlisted = new java.util.ArrayList<>();
        received.forEach((username, kinds) -> kinds.stream()
                .filter(kind -> !KindsByRole.of(roles.getOrDefault(username, Set.of())).contains(kind))
                .forEach(kind -> unlisted.add(username + " " + roles.get(username) + ": " + kind)));
        assertThat(unlisted).as("kinds received that the person's settings page does not list").isEmpty();
    }
}
