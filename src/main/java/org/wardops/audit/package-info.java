/**
 * The append-only, hash-chained audit trail: every change made through a facade, who made it, when, and the
 * record before and after.
 */
@ApplicationModule(displayName = "Audit")
@NullMarked
package org.wardops.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
