package org.wardops.tasks;

/**
 * What someone may do with a task. Each action names who does it (see {@code docs/tasks.md}): the lead unit reports,
 * the issuing unit decides, the supervising working group records on behalf of the lead unit, explicitly and audited.
 */
public enum TaskAction {
    READ(Who.READER),
    CHANGE(Who.ISSUER),
    CASCADE(Who.LEAD_UNIT_DECIDER),
    REPORT_PROGRESS(Who.LEAD_UNIT),
    REPORT_COMPLETION(Who.LEAD_UNIT),
    CONFIRM_ON_TRACK(Who.LEAD_UNIT),
    REQUEST_DUE_DATE(Who.LEAD_UNIT),
    ACCEPT(Who.ISSUER),
    RETURN(Who.ISSUER),
    CANCEL(Who.ISSUER),
    DECIDE_DUE_DATE(Who.ISSUER),
    ADD_MILESTONE(Who.LEAD_UNIT_OR_ISSUER),
    REACH_MILESTONE(Who.LEAD_UNIT),
    RECORD_QUANTITY(Who.LEAD_UNIT),
    LINK_BLOCKER(Who.LEAD_UNIT_OR_ISSUER),
    RECORD_PROGRESS_ON_BEHALF(Who.SUPERVISOR);

    /** Whose action it is. */
    public enum Who {
        /** Everyone whose scope covers the lead unit, the issuing unit or a coordinating unit. */
        READER,
        /** The people of the lead unit (not volunteers, not auditors). */
        LEAD_UNIT,
        /** The leader of the lead unit (unit leader, city leader, department officer, working-group leader), issuing to others. */
        LEAD_UNIT_DECIDER,
        /** The leader of the issuing unit: unit leader, city leader, department officer, or for a working group its leader. */
        ISSUER,
        LEAD_UNIT_OR_ISSUER,
        /** A member or the leader of the working group supervising the lead unit, recording for it (audited as on behalf). */
        SUPERVISOR
    }

    private final Who who;

    TaskAction(Who who) {
        this.who = who;
    }

    public Who who() {
        return who;
    }
}
