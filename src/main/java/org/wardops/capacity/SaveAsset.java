package org.wardops.capacity;

import org.jspecify.annotations.Nullable;

import java.util.UUID;

/**
 * An asset as a unit records or changes it. The operating system is a product of the catalogue ({@code windows},
 * {@code windows-server}, {@code macos}, {@code ubuntu}, {@code debian}) or any other name, which is kept and shown
 * with the support status "unknown".
 */
public record SaveAsset(@Nullable AssetType type, @Nullable String tag, @Nullable String serial, @Nullable String model,
                        @Nullable Integer purchaseYear, @Nullable String osProduct, @Nullable String osVersion, @Nullable String osEdition,
                        @Nullable AssetState state, @Nullable String location, @Nullable UUID custodianPersonId) {
}
