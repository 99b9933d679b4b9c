package org.wardops.reporting;

import org.wardops.shared.ConflictException;
import org.wardops.shared.time.LocalTime;

/**
 * Someone else saved the report after the actor opened it. Names who and when, and carries the stored report so
 * that the form can show both versions and nothing typed is lost.
 */
public class ReportChangedException extends ConflictException {

    private final transient ReportView current;

    public ReportChangedException(ReportView current) {
        super("reporting.error.report.changedByOther",
                current.lastEditedBy() == null ? "?" : current.lastEditedBy(),
                current.lastEditedAt() == null ? "" : LocalTime.format(current.lastEditedAt()));
        this.current = current;
    }

    public ReportView current() {
        return current;
    }
}
