package org.wardops.notifications;

/** How a person wants e-mail of one kind: at once, in one daily digest, or not at all. The inbox always receives. */
public enum Delivery {
    IMMEDIATE,
    DAILY_DIGEST,
    OFF
}
