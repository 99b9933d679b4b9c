package org.wardops.reporting;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wardops.audit.AuditTrail;
import org.wardops.reporting.internal.TemplateStore;
import org.wardops.shared.Ids;
import org.wardops.shared.InvalidInputException;
import org.wardops.shared.InvalidInputException.FieldProblem;
import org.wardops.shared.security.CurrentActor;
import org.wardops.shared.security.Role;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Report templates. Everyone logged in may read them (a unit must see what it is asked); system administrators define
 * them. A template version never changes: a change is a copy with the next version number.
 */
@Service
@Transactional(readOnly = true)
public class ReportTemplateManagement {

    private static final Pattern KEY = Pattern.compile("[a-zA-Z][a-zA-Z0-9_]{0,59}");
    private static final int NAME_LIMIT = 300;

    private final TemplateStore templates;
    private final AuditTrail audit;
    private final Clock clock;

    ReportTemplateManagement(TemplateStore templates, AuditTrail audit, Clock clock) {
        this.templates = templates;
        this.audit = audit;
        this.clock = clock;
    }

    public List<ReportTemplateView> templates() {
        CurrentActor.get();
        return templates.all();
    }

    public ReportTemplateView template(UUID id) {
        CurrentActor.get();
        return templates.find(id).orElseThrow(() -> new ReportNotFoundException("template", id));
    }

    public Optional<ReportTemplateView> latestNamed(String name) {
        CurrentActor.get();
        return templates.findByName(name);
    }

    @Transactional
    public ReportTemplateView create(SaveTemplate command) {
        CurrentActor.requireAnyRole(Role.SYSTEM_ADMIN);
        validate(command);
        ReportTemplateView created = new ReportTemplateView(Ids.next(), Ids.next(), command.name().strip(), 1, command.sections(), clock.instant());
        templates.insert(created);
        audit.record("reporting.template.created", "ReportTemplate", created.id(), null, null, created);
        return created;
    }

    /** Copies a template to its next version, with changed sections when given; reports already written keep theirs. */
    @Transactional
    public ReportTemplateView newVersion(UUID id, @Nullable List<TemplateSection> sections) {
        CurrentActor.requireAnyRole(Role.SYSTEM_ADMIN);
        ReportTemplateView current = template(id);
        List<TemplateSection> wanted = sections == null ? current.sections() : sections;
        validate(new SaveTemplate(current.name(), wanted));
        ReportTemplateView copy = new ReportTemplateView(Ids.next(), current.familyId(), current.name(),
                templates.latestVersion(current.familyId()) + 1, wanted, clock.instant());
        templates.insert(copy);
        audit.record("reporting.template.versioned", "ReportTemplate", copy.id(), null, current, copy);
        return copy;
    }

    /**
     * Everything wrong with a template before it is saved (empty when it may be saved), for forms that add their own
     * problems (such as bounds that are not numbers) and show them all at once.
     */
    public List<FieldProblem> problemsOf(SaveTemplate command) {
        CurrentActor.requireAnyRole(Role.SYSTEM_ADMIN);
        return problems(command);
    }

    private static void validate(SaveTemplate command) {
        List<FieldProblem> problems = problems(command);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static List<FieldProblem> problems(SaveTemplate command) {
        List<FieldProblem> problems = new ArrayList<>();
        if (command.name() == null || command.name().isBlank()) {
            problems.add(FieldProblem.of("name", "reporting.error.template.nameRequired"));
        } else if (command.name().strip().length() > NAME_LIMIT) {
            problems.add(FieldProblem.of("name", "shared.error.input.tooLong", NAME_LIMIT));
        }
        if (command.sections() == null || command.sections().isEmpty()) {
            problems.add(FieldProblem.of("sections", "reporting.error.template.sectionsRequired"));
        } else {
            Set<String> keys = new HashSet<>();
            for (int s = 0; s < command.sections().size(); s++) {
                TemplateSection section = command.sections().get(s);
                if (section.title() == null || section.title().vi().isBlank()) {
                    problems.add(FieldProblem.of("sections[" + s + "].title", "reporting.error.template.titleRequired"));
                }
                for (int f = 0; f < section.fields().size(); f++) {
                    TemplateField field = section.fields().get(f);
                    String name = "sections[" + s + "].fields[" + f + "]";
                    if (field.key() == null || !KEY.matcher(field.key()).matches()) {
                        problems.add(FieldProblem.of(name + ".key", "reporting.error.template.keyInvalid"));
                    } else if (!keys.add(field.key())) {
                        problems.add(FieldProblem.of(name + ".key", "reporting.error.template.keyDuplicate", field.key()));
                    }
                    if (field.type() == null) {
                        problems.add(FieldProblem.of(name + ".type", "reporting.error.template.typeRequired"));
                    }
                    if (field.label() == null || field.label().vi().isBlank()) {
                        problems.add(FieldProblem.of(name + ".label", "reporting.error.template.labelRequired"));
                    }
                    if (field.type() == FieldType.CHOICE && field.options().isEmpty()) {
                        problems.add(FieldProblem.of(name + ".options", "reporting.error.template.optionsRequired"));
                    }
                    if (field.min() != null && field.max() != null && field.min().compareTo(field.max()) > 0) {
                        problems.add(FieldProblem.of(name + ".min", "reporting.error.template.boundsReversed"));
                    }
                }
            }
        }
        return problems;
    }
}
