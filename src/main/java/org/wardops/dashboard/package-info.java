/**
 * The start page with each role's to-do list, the city overview with its monthly briefing, and the 360° unit pages,
 * composed from the other modules' facades (each under its own policy) and the indicators module's pre-aggregated
 * tables; owns no business data.
 */
@ApplicationModule(displayName = "Dashboard", allowedDependencies = {"directory", "indicators", "documents", "reporting",
        "difficulties", "tasks", "supervision", "capacity", "access", "audit", "notifications"})
@NullMarked
package org.wardops.dashboard;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
