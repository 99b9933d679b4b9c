package org.wardops.notifications.internal;

import org.springframework.core.annotation.AliasFor;
import org.springframework.scheduling.annotation.Async;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Like Modulith's {@code @ApplicationModuleListener} (after commit, asynchronously, in a new transaction, tracked by
 * the event publication registry), but on the notifications' own small executor: a burst of events (the demo data,
 * a cascade to 168 units) then takes at most {@link NotificationExecutor#THREADS} connections instead of one per
 * event, which starved the request threads and the publishing transaction of the pool.
 */
@Async(NotificationExecutor.NAME)
@Transactional(propagation = Propagation.REQUIRES_NEW)
@TransactionalEventListener
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@interface NotificationListener {

    @AliasFor(annotation = TransactionalEventListener.class, attribute = "id")
    String id() default "";
}
