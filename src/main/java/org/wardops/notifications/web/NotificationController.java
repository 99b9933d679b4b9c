package org.wardops.notifications.web;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.wardops.notifications.Delivery;
import org.wardops.notifications.MailView;
import org.wardops.notifications.NotificationKind;
import org.wardops.notifications.NotificationManagement;
import org.wardops.notifications.NotificationView;
import org.wardops.shared.PageRequest;
import org.wardops.shared.PageResult;
import org.wardops.shared.security.CurrentActor;
import org.wardops.shared.web.Notices;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The inbox, the e-mail preferences and the mail outbox. */
@Controller
public class NotificationController {

    /** The inbox page with the preferences form. */
    public record InboxView(PageResult<NotificationView> notifications, Map<NotificationKind, Delivery> preferences, boolean hasPerson) {

        public List<Delivery> deliveries() {
            return List.of(Delivery.values());
        }

        public String pageLink(int page) {
            return "/notifications?page=" + page;
        }
    }

    public record OutboxView(PageResult<MailView> mails) {

        public String pageLink(int page) {
            return "/notifications/outbox?page=" + page;
        }
    }

    private final NotificationManagement notifications;
    private final Notices notices;

    NotificationController(NotificationManagement notifications, Notices notices) {
        this.notifications = notifications;
        this.notices = notices;
    }

    @GetMapping("/notifications")
    String inbox(@RequestParam(required = false) @Nullable Integer page, Model model) {
        boolean hasPerson = CurrentActor.get().personId() != null;
        model.addAttribute("view", new InboxView(notifications.inbox(PageRequest.of(page, 50)),
                hasPerson ? notifications.preferences() : Map.of(), hasPerson));
        return "notifications/inbox";
    }

    @PostMapping("/notifications/{id}/read")
    String read(@PathVariable UUID id) {
        notifications.markRead(id);
        return "redirect:/notifications";
    }

    @PostMapping("/notifications/read-all")
    String readAll(RedirectAttributes redirect) {
        int count = notifications.markAllRead();
        notices.add(redirect, "notifications.message.allRead", count);
        return "redirect:/notifications";
    }

    @PostMapping("/notifications/preferences")
    String preferences(HttpServletRequest request, RedirectAttributes redirect) {
        Map<NotificationKind, Delivery> choices = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            String value = request.getParameter(kind.name());
            java.util.Arrays.stream(Delivery.values()).filter(delivery -> delivery.name().equals(value)).findFirst()
                    .ifPresent(delivery -> choices.put(kind, delivery));
        }
        notifications.choose(choices);
        notices.add(redirect, "notifications.message.preferencesSaved");
        return "redirect:/notifications";
    }

    @GetMapping("/notifications/outbox")
    String outbox(@RequestParam(required = false) @Nullable Integer page, Model model) {
        model.addAttribute("view", new OutboxView(notifications.outbox(PageRequest.of(page, 50))));
        return "notifications/outbox";
    }
}
