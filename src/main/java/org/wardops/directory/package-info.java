/**
 * Organisation units (the official administrative units and the bodies around them), their hierarchy and lineage,
 * working groups and the units they supervise, people and their positions.
 */
@ApplicationModule(displayName = "Directory", allowedDependencies = {"audit"})
@NullMarked
package org.wardops.directory;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
