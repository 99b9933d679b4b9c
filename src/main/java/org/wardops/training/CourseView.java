package org.wardops.training;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A course with its sessions (earliest first), its completion rule and how many are enrolled and completed. */
public record CourseView(UUID id, String topic, String topicLabel, String title, BigDecimal hours, TrainingMode mode, String ruleCode,
                         int minAttendancePercent, int minPostScore, String organiser, Instant createdAt, List<SessionView> sessions,
                         int enrolled, int completed, long version) {

    public CourseView {
        sessions = List.copyOf(sessions);
    }
}
