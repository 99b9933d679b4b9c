package org.wardops.capacity;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wardops.capacity.internal.CapacityPolicy;
import org.wardops.capacity.internal.CapacityTodoStore;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.CurrentActor;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * For a unit's home page: when the unit last recorded its staff, assets or infrastructure, so that the page can say
 * the data is older than a year. Only for those who keep the unit's records ({@code EDIT}).
 */
@Service
@Transactional(readOnly = true)
public class CapacityTodo {

    /** When the unit last changed a staff, asset or infrastructure record; {@code lastRecorded} is null when it never did. */
    public record Freshness(UUID unitId, @Nullable Instant lastRecorded) {
    }

    private final CapacityTodoStore store;
    private final CapacityPolicy policy;

    CapacityTodo(CapacityTodoStore store, CapacityPolicy policy) {
        this.store = store;
        this.policy = policy;
    }

    /** Empty when the actor does not keep the unit's records. */
    public Optional<Freshness> freshness(UUID unitId) {
        Actor actor = CurrentActor.get();
        if (!policy.allowed(actor, CapacityPolicy.Action.EDIT, unitId)) {
            return Optional.empty();
        }
        return Optional.of(new Freshness(unitId, store.lastRecorded(unitId)));
    }
}
