/**
 * Training of ward officers: courses on topics from a catalogue, their sessions, enrolments from the staff register
 * (by person, by unit or by rule), attendance and test scores, completion by a rule held as data with a certificate
 * that anyone can verify, training requests from units, and coverage per unit and topic against a target, published
 * to {@code indicators}.
 */
@ApplicationModule(displayName = "Training", allowedDependencies = {"directory", "capacity", "indicators", "documents", "audit"})
@NullMarked
package org.wardops.training;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
