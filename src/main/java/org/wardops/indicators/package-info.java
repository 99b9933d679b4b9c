/**
 * Every figure of WardOps by unit and period: data elements and indicators held as data (versioned by validity),
 * values entered, imported or published by other modules ({@link IndicatorValuesPublished}), scoring (Decision
 * 766/QĐ-TTg preset), rankings and pre-aggregated tables that dashboards read. Depends on no business module, so that
 * every module may depend on it.
 */
@ApplicationModule(displayName = "Indicators", allowedDependencies = {"directory", "audit"})
@NullMarked
package org.wardops.indicators;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
