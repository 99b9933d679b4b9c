/**
 * Periodic reporting: versioned report templates, report requests per period to a set of units with a deadline, each
 * unit's report from draft to acceptance, completeness and timeliness, and attachments.
 */
@ApplicationModule(displayName = "Reporting", allowedDependencies = {"directory", "audit", "indicators", "documents"})
@NullMarked
package org.wardops.reporting;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
