/**
 * Good practices that spread: a unit publishes what it did (problem, actions, results with figures and a linked
 * indicator with its baseline, how to replicate, cost, contact); the supervising working group or the city endorses it
 * with a reason or returns it; other units adopt it with a planned start and report their result afterwards.
 */
@ApplicationModule(displayName = "Good practices", allowedDependencies = {"directory", "audit", "indicators"})
@NullMarked
package org.wardops.practices;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
