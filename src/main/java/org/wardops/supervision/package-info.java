/**
 * Supervision programmes (e.g. Plan 249-KH/UBKTTW) and their topics, the working groups taking part, and their
 * sessions with units: participants, agenda, reports discussed, minutes, feedback on each recommendation and the
 * leader's numbered conclusions, issued as a conclusion notice.
 */
@ApplicationModule(displayName = "Supervision", allowedDependencies = {"directory", "audit", "reporting", "documents"})
@NullMarked
package org.wardops.supervision;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
