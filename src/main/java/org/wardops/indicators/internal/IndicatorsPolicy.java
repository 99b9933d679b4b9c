package org.wardops.indicators.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.wardops.shared.AccessRefusedException;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.Role;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Who may do what with indicators. Definitions (data elements, indicators) and rebuilds are for system
 * administrators. Values of a unit are entered or imported by that unit's own officers and leader (their own
 * unit, not the units a scope merely covers) and by administrators for any unit. Published figures — scores,
 * rankings and the values behind them — are read city-wide by every logged-in role (PRODUCT.md §3).
 */
@Component
public class IndicatorsPolicy {

    public enum Action { DEFINE, ENTER_VALUES, READ, REBUILD }

    /** The SQL predicate over {@code indicators_value} rows an actor may list, with its parameters. */
    public record Visibility(String sql, Map<String, Object> parameters) {
    }

    public boolean allowed(Actor actor, Action action, @Nullable UUID unitId) {
        return switch (action) {
            case DEFINE, REBUILD -> actor.hasRole(Role.SYSTEM_ADMIN);
            case ENTER_VALUES -> actor.hasRole(Role.SYSTEM_ADMIN)
                    || (unitId != null && actor.hasAnyRole(Role.UNIT_OFFICER, Role.UNIT_LEADER) && Objects.equals(actor.unitId(), unitId));
            case READ -> true;
        };
    }

    public void require(Actor actor, Action action, @Nullable UUID unitId) {
        if (!allowed(actor, action, unitId)) {
            throw switch (action) {
                case ENTER_VALUES -> new AccessRefusedException("indicators.error.values.outsideScope");
                default -> new AccessRefusedException("indicators.error.definition.notAdministrator");
            };
        }
    }

    /** Published figures are read city-wide: every logged-in actor lists every unit's values. */
    public Visibility visible(Actor actor) {
        return new Visibility("1 = 1", Map.of());
    }
}
