package org.wardops.notifications;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.wardops.notifications.internal.KindsByRole;
import org.wardops.shared.security.Role;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Whom a kind of notification reaches among a unit's people, by the same table the Notifier and the settings page use. */
final class Recipients {

    private Recipients() {
    }

    /** The people of the unit without an enabled account, and those whose accounts' roles receive the kind (with an e-mail address, when asked). */
    static long reached(JdbcClient jdbc, String unitCode, NotificationKind kind, boolean withEmail) {
        List<UUID> people = jdbc.sql("SELECT p.id FROM directory_person p JOIN directory_unit u ON u.id = p.unit_id WHERE u.code = :code"
                        + (withEmail ? " AND p.email IS NOT NULL" : "")).param("code", unitCode).query(UUID.class).list();
        Map<UUID, Set<Role>> roles = new HashMap<>();
        jdbc.sql("SELECT a.person_id, r.role FROM access_account a JOIN access_account_role r ON r.account_id = a.id WHERE a.enabled = TRUE")
                .query((rs, row) -> roles.computeIfAbsent(rs.getObject(1, UUID.class), person -> EnumSet.noneOf(Role.class))
                        .add(Role.valueOf(rs.getString(2))))
                .list();
        return people.stream().filter(person -> !roles.containsKey(person) || KindsByRole.of(roles.get(person)).contains(kind)).count();
    }
}
