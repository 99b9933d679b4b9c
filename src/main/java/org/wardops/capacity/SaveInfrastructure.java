package org.wardops.capacity;

import org.jspecify.annotations.Nullable;

import java.util.List;

/** A unit's infrastructure as sent: replaces links, backups, systems and the answered controls; {@code version} as read. */
public record SaveInfrastructure(@Nullable Integer storageCapacityGb, @Nullable Integer storageUsedGb,
                                 @Nullable List<InfrastructureView.Link> links, @Nullable List<InfrastructureView.Backup> backups,
                                 @Nullable List<InfrastructureView.InformationSystem> systems, @Nullable List<ControlAnswer> controls,
                                 @Nullable Long version) {

    /** The unit's answer for one control; a reason is required for {@code NOT_APPLICABLE}. */
    public record ControlAnswer(@Nullable String code, @Nullable ControlStatus status, @Nullable String reason) {
    }
}
