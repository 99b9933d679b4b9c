/**
 * The start page and, later, the city overview and unit pages composed from the other modules' published views.
 */
@ApplicationModule(displayName = "Dashboard", allowedDependencies = {"directory"})
@NullMarked
package org.wardops.dashboard;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
