/**
 * Notifications for every module: the in-app inbox with its unread count in the header, e-mail over SMTP (captured
 * on a local outbox page in the zero-setup mode) with retries, per-person preferences, daily digests, and reminders
 * before and after due dates. Consumes other modules' events through the event publication registry.
 */
@ApplicationModule(displayName = "Notifications", allowedDependencies = {"directory", "tasks", "reporting", "difficulties", "training", "practices", "audit"})
@NullMarked
package org.wardops.notifications;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
