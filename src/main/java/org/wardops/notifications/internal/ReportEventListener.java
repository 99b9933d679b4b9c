package org.wardops.notifications.internal;

import org.springframework.stereotype.Component;
import org.wardops.directory.DirectoryManagement;
import org.wardops.directory.UnitType;
import org.wardops.directory.UnitView;
import org.wardops.directory.WorkingGroupView;
import org.wardops.notifications.NotificationKind;
import org.wardops.reporting.ReportAccepted;
import org.wardops.reporting.ReportMarkedReady;
import org.wardops.reporting.ReportRequestManagement;
import org.wardops.reporting.ReportRequestView;
import org.wardops.reporting.ReportReturned;
import org.wardops.reporting.ReportSubmitted;
import org.wardops.reporting.ReportRequested;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.CurrentActor;
import org.wardops.shared.time.LocalTime;

import java.util.List;
import java.util.UUID;

/**
 * Turns the reporting module's events into notifications, as {@link TaskEventListener} does for tasks: after the
 * report's transaction committed, in a transaction of its own, re-delivered by the event publication registry after a
 * crash. A submission reaches the members of the working group that asked for the report (the people of the asking
 * office when a city office asked); a return (with its reason) and an acceptance reach the people of the unit, its
 * leaders and officers; a draft marked ready for signature reaches the people of the unit (its leader signs it); a new request reaches the people of each unit asked, each with a link to their own report.
 */
@Component
class ReportEventListener {

    private static final String REPORT = "Report";

    private final Notifier notifier;
    private final ReportRequestManagement requests;
    private final DirectoryManagement directory;

    ReportEventListener(Notifier notifier, ReportRequestManagement requests, DirectoryManagement directory) {
        this.notifier = notifier;
        this.requests = requests;
        this.directory = directory;
    }

    @NotificationListener
    void on(ReportRequested event) {
        ReportRequestView request = asSystem(() -> requests.request(event.requestId()));
        notifier.notify(notifier.recipients(event.unitId(), null), NotificationKind.REPORT_REQUESTED, REPORT, event.reportId(),
                request.title(), LocalTime.format(event.deadline()), link(event.reportId()));
    }

    @NotificationListener
    void on(ReportSubmitted event) {
        ReportRequestView request = asSystem(() -> requests.request(event.requestId()));
        UnitView unit = asSystem(() -> directory.unit(event.unitId()));
        notifier.notify(supervisors(request), NotificationKind.REPORT_SUBMITTED, REPORT, event.reportId(),
                title(request, unit), null, link(event.reportId()));
    }

    @NotificationListener
    void on(ReportReturned event) {
        ReportRequestView request = asSystem(() -> requests.request(event.requestId()));
        UnitView unit = asSystem(() -> directory.unit(event.unitId()));
        notifier.notify(notifier.recipients(event.unitId(), null), NotificationKind.REPORT_RETURNED, REPORT, event.reportId(),
                title(request, unit), event.reason(), link(event.reportId()));
    }

    @NotificationListener
    void on(ReportAccepted event) {
        ReportRequestView request = asSystem(() -> requests.request(event.requestId()));
        UnitView unit = asSystem(() -> directory.unit(event.unitId()));
        notifier.notify(notifier.recipients(event.unitId(), null), NotificationKind.REPORT_ACCEPTED, REPORT, event.reportId(),
                title(request, unit), null, link(event.reportId()));
    }

    @NotificationListener
    void on(ReportMarkedReady event) {
        ReportRequestView request = asSystem(() -> requests.request(event.requestId()));
        UnitView unit = asSystem(() -> directory.unit(event.unitId()));
        notifier.notify(notifier.recipients(event.unitId(), null), NotificationKind.REPORT_READY_FOR_SIGNATURE, REPORT, event.reportId(),
                title(request, unit), event.markedBy(), link(event.reportId()));
    }

    /** The members of the asking working group; the people of the asking unit when it is not a working group. */
    private List<UUID> supervisors(ReportRequestView request) {
        UnitView asking = asSystem(() -> directory.unit(request.requestedById()));
        if (asking.type() == UnitType.WORKING_GROUP) {
            WorkingGroupView group = asSystem(() -> directory.workingGroup(asking.id()));
            return group.members().stream().map(member -> member.person().id()).distinct().toList();
        }
        return notifier.recipients(asking.id(), null);
    }

    private static String title(ReportRequestView request, UnitView unit) {
        return request.title() + " — " + unit.name();
    }

    private static String link(UUID reportId) {
        return "/reports/" + reportId;
    }

    private static <T> T asSystem(java.util.function.Supplier<T> work) {
        return CurrentActor.runAs(Actor.system(), work);
    }
}
