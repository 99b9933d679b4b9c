package org.wardops.tasks.web;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.wardops.directory.DirectoryManagement;
import org.wardops.directory.PeopleManagement;
import org.wardops.directory.PersonView;
import org.wardops.directory.UnitSearch;
import org.wardops.directory.UnitView;
import org.wardops.shared.DeploymentSettings;
import org.wardops.shared.InvalidInputException;
import org.wardops.shared.PageRequest;
import org.wardops.shared.security.CurrentActor;
import org.wardops.shared.web.FormErrors;
import org.wardops.shared.web.Notices;
import org.wardops.tasks.TaskKind;
import org.wardops.tasks.TaskManagement;
import org.wardops.tasks.TaskPriority;
import org.wardops.tasks.TaskView;

import java.util.List;
import java.util.UUID;

/** The new-task form: offered to those who may issue tasks, re-shown with what was typed when refused. */
@Controller
public class NewTaskController {

    /** The new-task form. */
    public record TaskFormView(TaskForm form, FormErrors errors, List<TaskPriority> priorities, List<UnitView> units, List<PersonView> owners) {

        public List<TaskKind> kinds() {
            return List.of(TaskKind.values());
        }
    }

    private final TaskManagement tasks;
    private final DirectoryManagement directory;
    private final DeploymentSettings deployment;
    private final MessageSource messages;
    private final Notices notices;
    private final PeopleManagement people;

    NewTaskController(TaskManagement tasks, DirectoryManagement directory, DeploymentSettings deployment, MessageSource messages,
                      Notices notices, PeopleManagement people) {
        this.tasks = tasks;
        this.directory = directory;
        this.deployment = deployment;
        this.messages = messages;
        this.notices = notices;
        this.people = people;
    }

    @GetMapping("/tasks/new")
    String newTask(Model model) {
        if (!tasks.mayIssue()) {
            throw org.wardops.shared.AccessRefusedException.missingRole();
        }
        model.addAttribute("view", new TaskFormView(TaskForm.empty(tasks.today()), FormErrors.NONE, List.of(TaskPriority.values()), coordinatingChoices(), ownerChoices()));
        return "tasks/new";
    }

    @PostMapping("/tasks")
    String create(@ModelAttribute TaskForm form, RedirectAttributes redirect, Model model) {
        try {
            TaskView created = tasks.create(form.command());
            notices.add(redirect, "tasks.message.task.created", created.title());
            return "redirect:/tasks/" + created.id();
        } catch (InvalidInputException e) {
            model.addAttribute("view", new TaskFormView(form, FormErrors.of(e, messages), List.of(TaskPriority.values()), coordinatingChoices(), ownerChoices()));
            return "tasks/new";
        }
    }

    /** The people of the lead unit (on this page the actor's own unit), who may be named the task's owner. */
    private List<PersonView> ownerChoices() {
        UUID own = CurrentActor.get().unitId();
        return own == null ? List.of() : people.find(own, null, new PageRequest(0, PageRequest.MAX_SIZE)).items();
    }

    /** The commune-level units of the province other than the actor's own: those a new task may name as coordinating. */
    private List<UnitView> coordinatingChoices() {
        UUID own = CurrentActor.get().unitId();
        return directory.findUnits(UnitSearch.inProvince(deployment.provinceCode()), new PageRequest(0, PageRequest.MAX_SIZE)).items().stream()
                .filter(unit -> unit.type().isCommuneLevel() && !unit.id().equals(own))
                .toList();
    }
}
