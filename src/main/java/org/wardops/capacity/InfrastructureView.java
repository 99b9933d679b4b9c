package org.wardops.capacity;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A unit's connectivity, storage, backups, information systems and security controls. Every control of the
 * catalogue appears; one the unit never recorded is {@code MISSING}.
 */
public record InfrastructureView(UUID unitId, @Nullable Integer storageCapacityGb, @Nullable Integer storageUsedGb, List<Link> links,
                                 List<Backup> backups, List<InformationSystem> systems, List<Control> controls, long version) {

    /** An internet link: provider, bandwidth in Mbit/s, whether it is a redundant (backup) link, outages in the last year. */
    public record Link(@Nullable String provider, @Nullable Integer downMbps, @Nullable Integer upMbps, boolean redundant,
                       @Nullable Integer outages) {
    }

    /** What is backed up, how often, where to, and the date of the last successful restore test. */
    public record Backup(@Nullable String what, @Nullable BackupFrequency frequency, @Nullable String location,
                         @Nullable LocalDate lastRestoreTest) {
    }

    /** An information system with its approved security level (Decree 85/2016/ND-CP, level 1–5) and the decision approving it. */
    public record InformationSystem(@Nullable String name, @Nullable Integer securityLevel, @Nullable String decisionNumber,
                                    @Nullable LocalDate decisionDate) {
    }

    /** A control of the catalogue with its label and the unit's answer. */
    public record Control(String code, String label, ControlStatus status, @Nullable String reason) {
    }
}
