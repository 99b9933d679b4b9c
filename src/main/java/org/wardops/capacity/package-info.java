/**
 * The digital-transformation capacity of each unit: its staff register (posts, IT skills, certificates), its IT
 * assets with the support status of their operating systems, its connectivity, storage, backups, information systems
 * and security controls, and a readiness score computed from criteria held as data, published to {@code indicators}.
 */
@ApplicationModule(displayName = "Capacity", allowedDependencies = {"directory", "audit", "indicators", "difficulties"})
@NullMarked
package org.wardops.capacity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
