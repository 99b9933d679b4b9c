package org.wardops.notifications.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/**
 * The e-mail outbox's length for the operations team: {@code wardops_mail_outbox{status="pending"}} (waiting for a
 * first or a later attempt) and {@code {status="failed"}} (given up after the last attempt). Read from the database at
 * each scrape, so every instance reports the same, shared outbox.
 */
@Component
class MailOutboxMetrics implements MeterBinder {

    private final NotificationStore store;

    MailOutboxMetrics(NotificationStore store) {
        this.store = store;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String status : new String[] {"PENDING", "FAILED"}) {
            Gauge.builder("wardops.mail.outbox", store, outbox -> outbox.mailCount(status))
                    .description("E-mails in the outbox by status")
                    .tag("status", status.toLowerCase(java.util.Locale.ROOT))
                    .register(registry);
        }
    }
}
