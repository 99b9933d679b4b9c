package org.wardops.capacity;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An IT asset with the support status of its operating system on the day it was read; {@code osRelease} is the
 * catalogue release it matched (null when unknown) and {@code endOfSupport} that release's date.
 */
public record AssetView(UUID id, UUID unitId, AssetType type, @Nullable String tag, @Nullable String serial, @Nullable String model,
                        @Nullable Integer purchaseYear, @Nullable String osProduct, @Nullable String osVersion, @Nullable String osEdition,
                        @Nullable String osRelease, @Nullable LocalDate endOfSupport, SupportStatus support, AssetState state,
                        @Nullable String location, @Nullable UUID custodianPersonId, long version) {
}
