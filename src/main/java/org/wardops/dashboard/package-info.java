/**
 * The start page and, later, the city overview and unit pages composed from the other modules' published views.
 * The home page's to-do list ("what needs me now") reads each module's facade under that module's own policy.
 */
@ApplicationModule(displayName = "Dashboard", allowedDependencies = {"directory", "reporting", "difficulties", "tasks", "supervision",
        "capacity", "access", "audit", "notifications"})
@NullMarked
package org.wardops.dashboard;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
