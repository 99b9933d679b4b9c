package org.wardops.directory;

import org.jspecify.annotations.Nullable;

import java.util.UUID;

/** A body that is not on the official list: a department, working group, Party committee or organisation. */
public record NewUnit(String code, String name, UnitType type, @Nullable UUID parentId) {
}
