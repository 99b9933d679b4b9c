package org.wardops.supervision.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.wardops.directory.DirectoryManagement;
import org.wardops.directory.PeopleManagement;
import org.wardops.reporting.ReportManagement;
import org.wardops.reporting.ReportView;
import org.wardops.shared.Ids;
import org.wardops.shared.InvalidInputException;
import org.wardops.shared.InvalidInputException.FieldProblem;
import org.wardops.shared.text.TextRules;
import org.wardops.supervision.HoldSession;
import org.wardops.supervision.SessionView;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Checks a session to be recorded: every problem at once, every text within its documented limit, before any write. */
@Component
public class SessionIntake {

    /** A session that passed every check, ready to store. */
    public record Checked(UUID programmeId, UUID workingGroupId, LocalDate heldOn, String place, List<UUID> unitIds,
                          List<SessionStore.ParticipantRow> participants, List<String> agenda, List<UUID> reportIds, String minutes,
                          List<SessionView.Feedback> feedback, List<SessionView.Conclusion> conclusions) {
    }

    private final ProgrammeStore programmes;
    private final DirectoryManagement directory;
    private final PeopleManagement people;
    private final ReportManagement reports;

    SessionIntake(ProgrammeStore programmes, DirectoryManagement directory, PeopleManagement people, ReportManagement reports) {
        this.programmes = programmes;
        this.directory = directory;
        this.people = people;
        this.reports = reports;
    }

    /** The group is checked first (by the caller's policy), so that nobody learns about units outside their scope. */
    public @Nullable UUID groupOf(HoldSession command, @Nullable UUID ownGroup) {
        return command.workingGroupId() != null ? command.workingGroupId() : ownGroup;
    }

    public Checked check(HoldSession command, UUID groupId) {
        List<FieldProblem> problems = new ArrayList<>();
        if (command.programmeId() == null || programmes.find(command.programmeId()).isEmpty()) {
            problems.add(FieldProblem.of("programmeId", "supervision.error.session.programmeRequired"));
        }
        if (command.heldOn() == null) {
            problems.add(FieldProblem.of("heldOn", "supervision.error.session.dateRequired"));
        }
        if (blank(command.place())) {
            problems.add(FieldProblem.of("place", "supervision.error.input.required"));
        } else {
            TextRules.check(problems, "place", command.place().strip(), SupervisionSession.PLACE_LIMIT, TextRules.Lines.SINGLE);
        }
        List<UUID> unitIds = command.unitIds() == null ? List.of() : List.copyOf(new LinkedHashSet<>(command.unitIds()));
        if (unitIds.isEmpty()) {
            problems.add(FieldProblem.of("unitIds", "supervision.error.session.unitsRequired"));
        }
        Set<UUID> supervised = directory.unitsSupervisedBy(groupId);
        for (UUID unitId : unitIds) {
            if (!supervised.contains(unitId)) {
                problems.add(FieldProblem.of("unitIds", "supervision.error.session.unitNotSupervised", directory.unit(unitId).name()));
            }
        }
        List<SessionStore.ParticipantRow> participants = participants(command, problems);
        List<UUID> reportIds = command.reportIds() == null ? List.of() : List.copyOf(new LinkedHashSet<>(command.reportIds()));
        for (UUID reportId : reportIds) {
            ReportView report = reports.report(reportId);
            if (!unitIds.contains(report.unitId())) {
                problems.add(FieldProblem.of("reportIds", "supervision.error.session.reportOfOtherUnit"));
            }
        }
        List<String> agenda = agenda(command.agenda(), problems);
        String minutes = command.minutes() == null ? "" : command.minutes();
        TextRules.check(problems, "minutes", minutes, SupervisionSession.MINUTES_LIMIT, TextRules.Lines.MULTI);
        List<SessionView.Feedback> feedback = feedback(command, unitIds, problems);
        List<SessionView.Conclusion> conclusions = conclusions(command.conclusions(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Checked(command.programmeId(), groupId, command.heldOn(), command.place().strip(), unitIds, participants, agenda,
                reportIds, Minutes.sanitise(minutes), feedback, conclusions);
    }

    private List<SessionStore.ParticipantRow> participants(HoldSession command, List<FieldProblem> problems) {
        List<SessionStore.ParticipantRow> participants = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (HoldSession.NewParticipant participant : command.participants() == null ? List.<HoldSession.NewParticipant>of() : command.participants()) {
            if (participant == null || participant.personId() == null || participant.role() == null) {
                problems.add(FieldProblem.of("participants", "supervision.error.session.participantIncomplete"));
            } else if (seen.add(participant.personId())) {
                people.person(participant.personId());
                participants.add(new SessionStore.ParticipantRow(participant.personId(), participant.role()));
            }
        }
        return participants;
    }

    private static List<String> agenda(@Nullable List<String> items, List<FieldProblem> problems) {
        List<String> agenda = items == null ? List.of()
                : items.stream().filter(item -> !blank(item)).map(item -> item.strip().replace('\n', ' ')).toList();
        if (agenda.size() > SupervisionSession.AGENDA_ITEMS_LIMIT) {
            problems.add(FieldProblem.of("agenda", "supervision.error.session.tooManyItems", SupervisionSession.AGENDA_ITEMS_LIMIT));
            return agenda;
        }
        TextRules.check(problems, "agenda", String.join("\n", agenda), SupervisionSession.AGENDA_LIMIT, TextRules.Lines.MULTI);
        return agenda;
    }

    private static List<SessionView.Feedback> feedback(HoldSession command, List<UUID> unitIds, List<FieldProblem> problems) {
        List<SessionView.Feedback> feedback = new ArrayList<>();
        List<HoldSession.NewFeedback> items = command.feedback() == null ? List.of() : command.feedback();
        if (items.size() > SupervisionSession.ITEMS_LIMIT) {
            problems.add(FieldProblem.of("feedback", "supervision.error.session.tooManyItems", SupervisionSession.ITEMS_LIMIT));
            return feedback;
        }
        for (int i = 0; i < items.size(); i++) {
            HoldSession.NewFeedback item = items.get(i);
            String name = "feedback[" + i + "]";
            if (item == null || item.unitId() == null || !unitIds.contains(item.unitId())) {
                problems.add(FieldProblem.of(name + ".unitId", "supervision.error.feedback.unitRequired"));
                continue;
            }
            int before = problems.size();
            SupervisionSession.text(problems, name + ".recommendation", item.recommendation(), "supervision.error.feedback.recommendationRequired");
            SupervisionSession.text(problems, name + ".response", item.response(), "supervision.error.feedback.responseRequired");
            if (problems.size() == before) {
                feedback.add(new SessionView.Feedback(Ids.next(), item.unitId(), item.recommendation().strip(), item.response().strip()));
            }
        }
        return feedback;
    }

    private static List<SessionView.Conclusion> conclusions(@Nullable List<String> texts, List<FieldProblem> problems) {
        List<SessionView.Conclusion> conclusions = new ArrayList<>();
        List<String> items = texts == null ? List.of() : texts;
        if (items.size() > SupervisionSession.ITEMS_LIMIT) {
            problems.add(FieldProblem.of("conclusions", "supervision.error.session.tooManyItems", SupervisionSession.ITEMS_LIMIT));
            return conclusions;
        }
        for (String text : items) {
            if (blank(text) || text.strip().length() > SupervisionSession.ITEM_LIMIT) {
                problems.add(FieldProblem.of("conclusions", "supervision.error.session.conclusionInvalid", SupervisionSession.ITEM_LIMIT));
            } else {
                TextRules.check(problems, "conclusions", text.strip(), SupervisionSession.ITEM_LIMIT, TextRules.Lines.MULTI);
                conclusions.add(new SessionView.Conclusion(Ids.next(), conclusions.size() + 1, text.strip()));
            }
        }
        return conclusions;
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
