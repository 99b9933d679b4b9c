-- The in-app inbox: one row per notification and person.
CREATE TABLE notifications_notification (
    id            UUID PRIMARY KEY,
    person_id     UUID NOT NULL,
    kind          VARCHAR(40) NOT NULL,
    subject_type  VARCHAR(40) NOT NULL,
    subject_id    UUID NOT NULL,
    title         VARCHAR(300) NOT NULL,
    detail        VARCHAR(2000),
    link          VARCHAR(300) NOT NULL,
    digest_pending BOOLEAN NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at       TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_notifications_person ON notifications_notification (person_id, created_at);

-- A reminder sent: the primary key is the claim that keeps it to once per task, person and occasion, whatever
-- number of instances run the job.
CREATE TABLE notifications_reminder (
    subject_id  UUID NOT NULL,
    person_id   UUID NOT NULL,
    occasion    VARCHAR(20) NOT NULL,
    due_date    DATE NOT NULL,
    sent_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (subject_id, person_id, occasion, due_date)
);

-- Per person and kind: IMMEDIATE, DAILY_DIGEST or OFF for e-mail (the inbox always receives).
CREATE TABLE notifications_preference (
    person_id  UUID NOT NULL,
    kind       VARCHAR(40) NOT NULL,
    delivery   VARCHAR(20) NOT NULL,
    PRIMARY KEY (person_id, kind)
);

-- E-mail waiting, sent, captured (zero-setup mode) or given up, with its attempts for the retry backoff.
CREATE TABLE notifications_mail (
    id               UUID PRIMARY KEY,
    person_id        UUID NOT NULL,
    recipient        VARCHAR(200) NOT NULL,
    subject          VARCHAR(300) NOT NULL,
    body             VARCHAR(8000) NOT NULL,
    status           VARCHAR(20) NOT NULL,
    attempts         INTEGER NOT NULL,
    next_attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    last_error       VARCHAR(1000),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at          TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_notifications_mail_due ON notifications_mail (status, next_attempt_at);

-- ShedLock's table: one row per scheduled job, so that one instance at a time runs it.
CREATE TABLE notifications_shedlock (
    name        VARCHAR(64) PRIMARY KEY,
    lock_until  TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_by   VARCHAR(255) NOT NULL
);
