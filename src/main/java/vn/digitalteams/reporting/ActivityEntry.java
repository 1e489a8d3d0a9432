package vn.digitalteams.reporting;

import java.time.LocalDate;

/**
 * An activity as a user entered it (in Tasklist's form, as JSON on {@code POST /api/activities}), parsed
 * but not yet checked: {@link ActivityRecorder} refuses, in Vietnamese, whatever is missing or wrong.
 *
 * @param teamCode        the team; null means the only team the user belongs to
 * @param type            the code of an {@link ActivityType}
 * @param vulnerableCount of {@code count}, the elderly, vulnerable or remote people; null means none
 * @param detail          which public service, which e-wallet, which e-commerce platform
 */
public record ActivityEntry(String teamCode, LocalDate date, String type, Long count, Long vulnerableCount,
                            String detail, String note) {
}
