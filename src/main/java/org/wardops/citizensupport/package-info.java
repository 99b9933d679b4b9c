/**
 * Citizen support for online public services: community digital technology teams per unit and residential group,
 * the assistance log with the minimum personal data (Law 91/2025; entered offline on a phone and sent later, the
 * client's id making every resend harmless), its reduction to monthly counts after the retention period, and the
 * monthly counts per unit published as indicator values.
 */
@ApplicationModule(displayName = "Citizen support", allowedDependencies = {"directory", "audit", "indicators"})
@NullMarked
package org.wardops.citizensupport;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
