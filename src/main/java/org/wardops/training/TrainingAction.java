package org.wardops.training;

/** What an actor may do in training; {@code internal.TrainingPolicy} decides who may. */
public enum TrainingAction {
    /** Create courses and sessions, enrol, record attendance and scores, decide training requests. */
    MANAGE,
    /** File a training request for a unit. */
    REQUEST,
    /** See a unit's enrolments, requests, coverage and certificates. */
    READ_UNIT
}
