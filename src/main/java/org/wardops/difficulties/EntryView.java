package org.wardops.difficulties;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/** One entry of a difficulty's thread; {@code editable} when the reader wrote this answer less than 15 minutes ago. */
public record EntryView(UUID id, EntryKind kind, String text, String authorName, String authorRole, @Nullable String authorUnit,
                        Instant createdAt, @Nullable Instant editedAt, long version, boolean editable) {
}
