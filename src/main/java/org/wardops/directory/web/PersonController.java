package org.wardops.directory.web;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.wardops.audit.AuditRecordView;
import org.wardops.audit.AuditTrail;
import org.wardops.directory.DirectoryManagement;
import org.wardops.directory.PeopleManagement;
import org.wardops.directory.PersonView;
import org.wardops.directory.UnitView;
import org.wardops.shared.ConflictException;
import org.wardops.shared.InvalidInputException;
import org.wardops.shared.web.FormErrors;
import org.wardops.shared.web.Notices;

import java.util.List;
import java.util.UUID;

/** Adding and changing the people of a unit. */
@Controller
public class PersonController {

    /** The person form page. */
    public record PersonFormView(UnitView unit, @Nullable PersonView person, PersonForm form, FormErrors errors, List<AuditRecordView> history) {

        public boolean isNew() {
            return person == null;
        }
    }

    private final PeopleManagement people;
    private final DirectoryManagement directory;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final Notices notices;

    PersonController(PeopleManagement people, DirectoryManagement directory, AuditTrail audit, MessageSource messages, Notices notices) {
        this.people = people;
        this.directory = directory;
        this.audit = audit;
        this.messages = messages;
        this.notices = notices;
    }

    @GetMapping("/units/{unitId}/people/new")
    String newPerson(@PathVariable UUID unitId, Model model) {
        requireAllowed(people.mayAdd(unitId));
        return form(directory.unit(unitId), null, PersonForm.empty(), FormErrors.NONE, model);
    }

    @PostMapping("/units/{unitId}/people")
    String create(@PathVariable UUID unitId, @ModelAttribute PersonForm form, RedirectAttributes redirect, Model model) {
        try {
            PersonView created = people.create(form.command(unitId));
            notices.add(redirect, "directory.message.person.created", created.fullName());
            return "redirect:/units/" + unitId;
        } catch (InvalidInputException e) {
            return form(directory.unit(unitId), null, form, FormErrors.of(e, messages), model);
        }
    }

    @GetMapping("/people/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        PersonView person = people.person(id);
        requireAllowed(people.mayChange(person.unitId()));
        return form(directory.unit(person.unitId()), person, PersonForm.of(person), FormErrors.NONE, model);
    }

    @PostMapping("/people/{id}")
    String change(@PathVariable UUID id, @ModelAttribute PersonForm form, RedirectAttributes redirect, Model model) {
        PersonView person = people.person(id);
        try {
            long version = form.version() == null ? -1 : form.version();
            PersonView changed = people.change(id, version, form.command(person.unitId()));
            notices.add(redirect, "directory.message.person.saved", changed.fullName());
            return "redirect:/units/" + changed.unitId();
        } catch (InvalidInputException | ConflictException e) {
            return form(directory.unit(person.unitId()), person, form, FormErrors.of(e, messages), model);
        }
    }

    private static void requireAllowed(boolean allowed) {
        if (!allowed) {
            throw new org.wardops.shared.AccessRefusedException("directory.error.person.outsideScope");
        }
    }

    private String form(UnitView unit, @Nullable PersonView person, PersonForm form, FormErrors errors, Model model) {
        List<AuditRecordView> history = person == null ? List.of() : audit.history(person.id());
        model.addAttribute("view", new PersonFormView(unit, person, form, errors, history));
        return "directory/person";
    }
}
