/**
 * Accounts, roles and scopes, log-in with throttling, API tokens, and the acting person ({@code Actor}) that every
 * facade checks.
 */
@ApplicationModule(displayName = "Access", allowedDependencies = {"directory", "audit"})
@NullMarked
package org.wardops.access;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
