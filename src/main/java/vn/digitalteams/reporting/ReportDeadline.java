package vn.digitalteams.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import vn.digitalteams.shared.Messages;
import vn.digitalteams.shared.VietnameseDates;

/**
 * A report is due at the end of the office day (17:00, Asia/Ho_Chi_Minh) of its due date; its leader is
 * reminded one day before.
 */
final class ReportDeadline {

    static final LocalTime END_OF_OFFICE_DAY = LocalTime.of(17, 0);
    /** A scheduled cycle's reports are due three days after it starts. */
    static final int DAYS_TO_REPORT = 3;

    private ReportDeadline() {
    }

    static Instant of(LocalDate dueOn) {
        return dueOn.atTime(END_OF_OFFICE_DAY).atZone(VietnameseDates.ZONE).toInstant();
    }

    static Instant reminderOf(LocalDate dueOn) {
        return of(dueOn.minusDays(1));
    }

    /** As users read it: "17:00 ngày 28/11/2026". */
    static String text(LocalDate dueOn) {
        return Messages.get("report.dueText", END_OF_OFFICE_DAY.toString(), VietnameseDates.format(dueOn));
    }
}
