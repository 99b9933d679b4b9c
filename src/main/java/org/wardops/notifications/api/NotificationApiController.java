package org.wardops.notifications.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.wardops.notifications.Delivery;
import org.wardops.notifications.NotificationKind;
import org.wardops.notifications.NotificationManagement;
import org.wardops.notifications.NotificationView;
import org.wardops.shared.PageRequest;
import org.wardops.shared.PageResult;

import java.util.UUID;

@RestController
@Tag(name = "Notifications", description = "The caller's in-app inbox")
class NotificationApiController {

    private final NotificationManagement notifications;

    NotificationApiController(NotificationManagement notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/api/v1/notifications")
    @Operation(operationId = "mine", summary = "The caller's notifications, newest first")
    PageResult<NotificationView> mine(@RequestParam(required = false) @Nullable Integer page, @RequestParam(required = false) @Nullable Integer size) {
        return notifications.inbox(PageRequest.of(page, size));
    }

    /** How many notifications a "mark all read" marked. */
    record ReadAll(int marked) {
    }

    @PostMapping("/api/v1/notifications/read-all")
    @Operation(operationId = "markAllNotificationsRead", summary = "Mark all of the caller's notifications read; answers how many were unread")
    ReadAll readAll() {
        return new ReadAll(notifications.markAllRead());
    }

    @GetMapping("/api/v1/notifications/preferences")
    @Operation(operationId = "notificationPreferences",
            summary = "The caller's e-mail delivery (IMMEDIATE, DAILY_DIGEST, OFF) for each kind their role receives")
    java.util.Map<NotificationKind, Delivery> preferences() {
        return notifications.preferences();
    }

    @PutMapping("/api/v1/notifications/preferences")
    @Operation(operationId = "chooseNotificationPreferences", summary = "Choose the e-mail delivery per kind; answers the caller's choices")
    java.util.Map<NotificationKind, Delivery> choose(@RequestBody java.util.Map<NotificationKind, Delivery> choices) {
        return notifications.choose(choices);
    }

    @PostMapping("/api/v1/notifications/{id}/read")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "read", summary = "Mark one of the caller's notifications read")
    void read(@PathVariable UUID id) {
        notifications.markRead(id);
    }
}
