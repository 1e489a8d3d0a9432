package vn.digitalteams.membership;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZonedDateTime;

/**
 * The Chairman has five working days to decide. Weekends do not count; public holidays are not
 * known to the system yet and do count.
 */
final class ApprovalDeadline {

    static final int WORKING_DAYS = 5;

    private ApprovalDeadline() {
    }

    static Instant from(ZonedDateTime start) {
        ZonedDateTime due = start;
        int counted = 0;
        while (counted < WORKING_DAYS) {
            due = due.plusDays(1);
            if (due.getDayOfWeek() != DayOfWeek.SATURDAY && due.getDayOfWeek() != DayOfWeek.SUNDAY) {
                counted++;
            }
        }
        return due.toInstant();
    }
}
