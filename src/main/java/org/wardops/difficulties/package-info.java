/**
 * Difficulties and recommendations raised by units, their routing to the body that must answer, answers with
 * working-day deadlines, "we have this too", common difficulties (with suggested groupings) and proposals to the
 * city leadership.
 */
@ApplicationModule(displayName = "Difficulties", allowedDependencies = {"directory", "audit", "indicators", "documents", "reporting", "supervision"})
@NullMarked
package org.wardops.difficulties;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
