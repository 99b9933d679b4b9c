/**
 * The start page, the city overview with its monthly briefing, and the 360° unit pages, composed from the other
 * modules' facades and the indicators module's pre-aggregated tables; owns no business data.
 */
@ApplicationModule(displayName = "Dashboard", allowedDependencies = {"directory", "indicators", "documents"})
@NullMarked
package org.wardops.dashboard;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
