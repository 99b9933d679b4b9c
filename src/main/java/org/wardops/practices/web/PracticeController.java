package org.wardops.practices.web;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.wardops.directory.DirectoryManagement;
import org.wardops.directory.UnitView;
import org.wardops.practices.PracticeAction;
import org.wardops.practices.PracticeAttachment;
import org.wardops.practices.PracticeAttachmentContent;
import org.wardops.practices.PracticeManagement;
import org.wardops.practices.PracticeState;
import org.wardops.practices.PracticeView;
import org.wardops.practices.Topic;
import org.wardops.shared.ConflictException;
import org.wardops.shared.InvalidInputException;
import org.wardops.shared.PageRequest;
import org.wardops.shared.PageResult;
import org.wardops.shared.RuleViolationException;
import org.wardops.shared.security.Actor;
import org.wardops.shared.security.CurrentActor;
import org.wardops.shared.web.FormErrors;
import org.wardops.shared.web.Notices;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The practices list, the publish form and a practice's page with its decision, adoption and result forms. */
@Controller
public class PracticeController {

    /** The list with its filters. */
    public record ListPage(PageResult<PracticeView> practices, Map<UUID, String> unitNames, @Nullable Topic topic, String query, boolean mayPublish) {

        public String unitName(UUID id) {
            return unitNames.getOrDefault(id, "");
        }
    }

    /** The publish form. */
    public record NewPage(PracticeForm form, FormErrors errors) {
    }

    /** A practice with the actions the actor may take. */
    public record DetailPage(PracticeView practice, Map<UUID, String> unitNames, boolean mayDecide, boolean mayAdopt,
                             Set<UUID> reportableAdoptions, FormErrors errors, String reason, String plannedStart, String resultValue, String resultText,
                             List<PracticeAttachment> attachments, boolean mayAttach) {

        public String unitName(@Nullable UUID id) {
            return id == null ? "" : unitNames.getOrDefault(id, "");
        }

        public boolean mayReport(UUID adoptionId) {
            return reportableAdoptions.contains(adoptionId);
        }
    }

    private final PracticeManagement management;
    private final DirectoryManagement directory;
    private final MessageSource messages;
    private final Notices notices;

    PracticeController(PracticeManagement management, DirectoryManagement directory, MessageSource messages, Notices notices) {
        this.management = management;
        this.directory = directory;
        this.messages = messages;
        this.notices = notices;
    }

    public static List<Topic> topics() {
        return List.of(Topic.values());
    }

    @GetMapping("/practices")
    String list(@RequestParam(required = false) String topic, @RequestParam(required = false) String q,
                @RequestParam(required = false) String page, Model model) {
        Topic chosen = parseTopic(topic);
        int number = page(page);
        PageResult<PracticeView> result = management.practices(chosen, q, new PageRequest(number, PageRequest.DEFAULT_SIZE));
        Set<UUID> units = new HashSet<>();
        result.items().forEach(practice -> units.add(practice.unitId()));
        Actor actor = CurrentActor.get();
        model.addAttribute("view", new ListPage(result, names(units), chosen, q == null ? "" : q,
                actor.unitId() != null && management.may(PracticeAction.PUBLISH, actor.unitId())));
        return "practices/list";
    }

    @GetMapping("/practices/new")
    String newPractice(Model model) {
        model.addAttribute("view", new NewPage(PracticeForm.empty(), FormErrors.NONE));
        return "practices/new";
    }

    @PostMapping("/practices")
    String publish(@ModelAttribute PracticeForm form, RedirectAttributes redirect, Model model) {
        try {
            PracticeView practice = management.publish(form.command());
            notices.add(redirect, "practices.message.practice.published");
            return "redirect:/practices/" + practice.id();
        } catch (InvalidInputException e) {
            model.addAttribute("view", new NewPage(form, FormErrors.of(e, messages)));
            return "practices/new";
        }
    }

    @GetMapping("/practices/{id}")
    String detail(@PathVariable UUID id, Model model) {
        return detail(management.practice(id), FormErrors.NONE, "", "", "", "", model);
    }

    @PostMapping("/practices/{id}/endorse")
    String endorse(@PathVariable UUID id, @RequestParam(required = false) String reason, RedirectAttributes redirect, Model model) {
        PracticeView practice = management.practice(id);
        try {
            management.endorse(id, reason);
            notices.add(redirect, "practices.message.practice.endorsed");
            return "redirect:/practices/" + id;
        } catch (InvalidInputException | ConflictException | RuleViolationException e) {
            return detail(practice, FormErrors.of(e, messages), reason, "", "", "", model);
        }
    }

    @PostMapping("/practices/{id}/return")
    String giveBack(@PathVariable UUID id, @RequestParam(required = false) String reason, RedirectAttributes redirect, Model model) {
        PracticeView practice = management.practice(id);
        try {
            management.giveBack(id, reason);
            notices.add(redirect, "practices.message.practice.returned");
            return "redirect:/practices/" + id;
        } catch (InvalidInputException | ConflictException | RuleViolationException e) {
            return detail(practice, FormErrors.of(e, messages), reason, "", "", "", model);
        }
    }

    @PostMapping("/practices/{id}/adopt")
    String adopt(@PathVariable UUID id, @RequestParam(required = false) String plannedStart, RedirectAttributes redirect, Model model) {
        PracticeView practice = management.practice(id);
        try {
            management.adopt(id, date(plannedStart));
            notices.add(redirect, "practices.message.adoption.created");
            return "redirect:/practices/" + id;
        } catch (InvalidInputException | ConflictException | RuleViolationException e) {
            return detail(practice, FormErrors.of(e, messages), "", plannedStart, "", "", model);
        }
    }

    @PostMapping("/adoptions/{id}/result")
    String result(@PathVariable UUID id, @RequestParam(required = false) String resultValue, @RequestParam(required = false) String resultText,
                  RedirectAttributes redirect, Model model) {
        PracticeView.AdoptionView adoption = management.adoption(id);
        try {
            management.reportResult(id, PracticeForm.decimal(resultValue), resultText);
            notices.add(redirect, "practices.message.adoption.reported");
            return "redirect:/practices/" + adoption.practiceId();
        } catch (InvalidInputException | ConflictException | RuleViolationException e) {
            return detail(management.practice(adoption.practiceId()), FormErrors.of(e, messages), "", "", resultValue, resultText, model);
        }
    }

    /** A file uploaded on the practice page; a refused file shows the page again with the message at the file field. */
    @PostMapping(value = "/practices/{id}/attachments", consumes = org.springframework.http.MediaType.MULTIPART_FORM_DATA_VALUE)
    String attach(@PathVariable UUID id, @org.springframework.web.bind.annotation.RequestPart(required = false)
                  org.springframework.web.multipart.@Nullable MultipartFile file, RedirectAttributes redirect, Model model) throws java.io.IOException {
        PracticeView practice = management.practice(id);
        try {
            management.attach(id, file == null ? null : file.getOriginalFilename(), file == null ? new byte[0] : file.getBytes());
            notices.add(redirect, "practices.message.attachment.added");
            return "redirect:/practices/" + id + "#attachments";
        } catch (InvalidInputException e) {
            return detail(practice, FormErrors.of(e, messages), "", "", "", "", model);
        }
    }

    @GetMapping("/practices/{id}/attachments/{attachmentId}")
    org.springframework.http.ResponseEntity<byte[]> attachment(@PathVariable UUID id, @PathVariable UUID attachmentId) {
        PracticeAttachmentContent content = management.attachment(id, attachmentId);
        return org.wardops.shared.web.Downloads.file(content.content(), content.attachment().contentType(), content.attachment().fileName());
    }

    private String detail(PracticeView practice, FormErrors errors, @Nullable String reason, @Nullable String plannedStart,
                          @Nullable String resultValue, @Nullable String resultText, Model model) {
        Actor actor = CurrentActor.get();
        Set<UUID> units = new HashSet<>();
        units.add(practice.unitId());
        if (practice.decidedBy() != null) {
            units.add(practice.decidedBy());
        }
        practice.adoptions().forEach(adoption -> units.add(adoption.unitId()));
        boolean mayDecide = practice.state() == PracticeState.PUBLISHED && management.may(PracticeAction.DECIDE, practice.unitId());
        boolean mayAdopt = practice.state() == PracticeState.ENDORSED && actor.unitId() != null && !actor.unitId().equals(practice.unitId())
                && management.may(PracticeAction.ADOPT, actor.unitId())
                && practice.adoptions().stream().noneMatch(adoption -> adoption.unitId().equals(actor.unitId()));
        Set<UUID> reportable = new HashSet<>();
        practice.adoptions().stream().filter(adoption -> !adoption.reported() && management.may(PracticeAction.REPORT_RESULT, adoption.unitId()))
                .forEach(adoption -> reportable.add(adoption.id()));
        model.addAttribute("view", new DetailPage(practice, names(units), mayDecide, mayAdopt, reportable, errors,
                reason == null ? "" : reason, plannedStart == null || plannedStart.isBlank() ? management.today().plusDays(14).toString() : plannedStart,
                resultValue == null ? "" : resultValue, resultText == null ? "" : resultText, management.attachments(practice.id()),
                management.may(PracticeAction.ATTACH, practice.unitId())));
        return "practices/detail";
    }

    private Map<UUID, String> names(Set<UUID> ids) {
        Map<UUID, String> names = new LinkedHashMap<>();
        for (UnitView unit : directory.units(ids)) {
            names.put(unit.id(), unit.name());
        }
        return names;
    }

    private static @Nullable LocalDate date(@Nullable String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static @Nullable Topic parseTopic(@Nullable String value) {
        try {
            return value == null || value.isBlank() ? null : Topic.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("topic", "practices.error.query.topic");
        }
    }

    private static int page(@Nullable String value) {
        try {
            int parsed = value == null || value.isBlank() ? 0 : Integer.parseInt(value.strip());
            if (parsed < 0 || parsed > 100_000) {
                throw new NumberFormatException();
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("page", "practices.error.query.number", "page");
        }
    }
}
