package org.wardops.training;

/** A unit's training request: waiting for the department, accepted into a session, or declined with a reason. */
public enum RequestState {
    REQUESTED,
    ACCEPTED,
    DECLINED
}
