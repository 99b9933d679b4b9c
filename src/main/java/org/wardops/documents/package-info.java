/**
 * Formal documents in the Vietnamese administrative format (Decree 30/2020/NĐ-CP) and the Party format (Guidance
 * 36-HD/VPTW) as DOCX and PDF, their numbers from a per-unit, per-type, per-year register, and XLSX exports. Other
 * modules pass in a generic document model; this module knows nothing of reports or sessions.
 */
@ApplicationModule(displayName = "Documents", allowedDependencies = {})
@NullMarked
package org.wardops.documents;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
