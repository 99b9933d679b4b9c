package org.wardops.supervision.internal;

import org.jspecify.annotations.Nullable;
import org.wardops.shared.Ids;
import org.wardops.shared.InvalidInputException;
import org.wardops.shared.InvalidInputException.FieldProblem;
import org.wardops.shared.text.TextRules;
import org.wardops.supervision.SaveFeedback;
import org.wardops.supervision.SessionView;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A session a working group held with units: its recorded minutes and conclusions do not change afterwards; its
 * recommendations and feedback are kept up to date by the group ({@link #changeFeedback}). Owns the limits of its
 * texts, which docs/supervision.md lists.
 */
public final class SupervisionSession {

    /** Minutes (before sanitising) and the agenda as a whole: 20,000 characters each, not the 5 MB the columns would take. */
    public static final int MINUTES_LIMIT = TextRules.LONG;
    public static final int AGENDA_LIMIT = TextRules.LONG;
    public static final int AGENDA_ITEMS_LIMIT = 100;
    public static final int PLACE_LIMIT = 300;
    /** Each recommendation, response and conclusion (the columns hold 4,000). */
    public static final int ITEM_LIMIT = 4_000;
    public static final int ITEMS_LIMIT = 200;

    private final SessionView view;

    public SupervisionSession(SessionView view) {
        this.view = view;
    }

    public SessionView view() {
        return view;
    }

    public SupervisionPolicy.Target target() {
        return new SupervisionPolicy.Target(view.workingGroupId(), view.unitIds());
    }

    /**
     * The session's new recommendations and feedback: every non-empty row names one of the session's units and carries
     * both texts within the limit; rows keep their ids; all problems are listed at once and nothing changes.
     */
    public List<SessionView.Feedback> changeFeedback(@Nullable List<SaveFeedback> items) {
        Set<UUID> known = new HashSet<>();
        view.feedback().forEach(item -> known.add(item.id()));
        Set<UUID> used = new HashSet<>();
        List<FieldProblem> problems = new ArrayList<>();
        List<SessionView.Feedback> feedback = new ArrayList<>();
        int count = items == null ? 0 : items.size();
        if (count > ITEMS_LIMIT) {
            throw InvalidInputException.of("feedback", "supervision.error.session.tooManyItems", ITEMS_LIMIT);
        }
        for (int i = 0; i < count; i++) {
            SaveFeedback item = items.get(i);
            if (item == null || item.empty()) {
                continue;
            }
            String name = "feedback[" + i + "]";
            if (item.unitId() == null || !view.unitIds().contains(item.unitId())) {
                problems.add(FieldProblem.of(name + ".unitId", "supervision.error.feedback.unitRequired"));
            }
            text(problems, name + ".recommendation", item.recommendation(), "supervision.error.feedback.recommendationRequired");
            text(problems, name + ".response", item.response(), "supervision.error.feedback.responseRequired");
            UUID id = item.id() != null && known.contains(item.id()) && used.add(item.id()) ? item.id() : Ids.next();
            if (problems.isEmpty()) {
                feedback.add(new SessionView.Feedback(id, item.unitId(), item.recommendation().strip(), item.response().strip()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return feedback;
    }

    static void text(List<FieldProblem> problems, String field, @Nullable String value, String requiredKey) {
        if (value == null || value.isBlank()) {
            problems.add(FieldProblem.of(field, requiredKey));
        } else {
            TextRules.check(problems, field, value.strip(), ITEM_LIMIT, TextRules.Lines.MULTI);
        }
    }
}
