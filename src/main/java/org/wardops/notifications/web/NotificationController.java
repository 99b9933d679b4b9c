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
import org.wardops.shared.time.LocalTime;
import org.wardops.shared.web.Notices;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The inbox, the e-mail settings and the mail outbox. */
@Controller
public class NotificationController {

    /** The inbox page: one page of notifications, grouped by day (Vietnamese time) and, within a day, by kind. */
    public record InboxView(PageResult<NotificationView> notifications, LocalDate today, boolean hasPerson, long unread) {

        public List<Day> days() {
            Map<LocalDate, Map<NotificationKind, List<NotificationView>>> byDay = new LinkedHashMap<>();
            for (NotificationView item : notifications.items()) {
                LocalDate day = item.createdAt().atZone(LocalTime.VIETNAM).toLocalDate();
                byDay.computeIfAbsent(day, ignored -> new LinkedHashMap<>()).computeIfAbsent(item.kind(), ignored -> new ArrayList<>()).add(item);
            }
            List<Day> days = new ArrayList<>();
            byDay.forEach((day, kinds) -> days.add(new Day(day, kinds.entrySet().stream()
                    .map(entry -> new Group(entry.getKey(), entry.getValue())).toList())));
            return days;
        }

        /** "today", "yesterday" or null (then the date is shown). */
        public @Nullable String dayKey(LocalDate day) {
            if (day.equals(today)) {
                return "notifications.label.day.today";
            }
            return day.equals(today.minusDays(1)) ? "notifications.label.day.yesterday" : null;
        }

        public String pageLink(int page) {
            return "/notifications?page=" + page;
        }
    }

    /** One day of the inbox. */
    public record Day(LocalDate day, List<Group> groups) {

        public String id() {
            return "day-" + day;
        }
    }

    /** The notifications of one kind on one day. */
    public record Group(NotificationKind kind, List<NotificationView> items) {

        public long unread() {
            return items.stream().filter(item -> !item.read()).count();
        }
    }

    /** The e-mail settings page: a choice per kind the reader's role receives. */
    public record SettingsView(Map<NotificationKind, Delivery> preferences, boolean hasPerson) {

        public List<Delivery> deliveries() {
            return List.of(Delivery.values());
        }
    }

    public record OutboxView(PageResult<MailView> mails) {

        public String pageLink(int page) {
            return "/notifications/outbox?page=" + page;
        }
    }

    private final NotificationManagement notifications;
    private final Notices notices;
    private final Clock clock;

    NotificationController(NotificationManagement notifications, Notices notices, Clock clock) {
        this.clock = clock;
        this.notifications = notifications;
        this.notices = notices;
    }

    @GetMapping("/notifications")
    String inbox(@RequestParam(required = false) @Nullable Integer page, Model model) {
        boolean hasPerson = CurrentActor.get().personId() != null;
        model.addAttribute("view", new InboxView(notifications.inbox(PageRequest.of(page, 50)), LocalDate.now(clock.withZone(LocalTime.VIETNAM)),
                hasPerson, notifications.unreadCount()));
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

    @GetMapping("/notifications/settings")
    String settings(Model model) {
        boolean hasPerson = CurrentActor.get().personId() != null;
        model.addAttribute("view", new SettingsView(hasPerson ? notifications.preferences() : Map.of(), hasPerson));
        return "notifications/settings";
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
        return "redirect:/notifications/settings";
    }

    @GetMapping("/notifications/outbox")
    String outbox(@RequestParam(required = false) @Nullable Integer page, Model model) {
        model.addAttribute("view", new OutboxView(notifications.outbox(PageRequest.of(page, 50))));
        return "notifications/outbox";
    }
}
