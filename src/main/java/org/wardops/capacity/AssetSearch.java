package org.wardops.capacity;

import org.jspecify.annotations.Nullable;

import java.util.UUID;

/** Filters of the asset list; all optional, always within the reader's scope. */
public record AssetSearch(@Nullable UUID unitId, @Nullable AssetType type, @Nullable SupportStatus support) {
}
