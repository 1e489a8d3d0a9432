package vn.digitalteams.shared;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;

/** Dates as Vietnamese users read them: dd/MM/yyyy, in Asia/Ho_Chi_Minh. */
public final class VietnameseDates {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    /** ISO instants with an offset: "Z", "+07:00", or "+0700" as Camunda's REST API writes them. */
    private static final DateTimeFormatter INSTANT = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME).optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd().toFormatter()
            .withResolverStyle(ResolverStyle.STRICT);

    private VietnameseDates() {
    }

    public static String format(LocalDate date) {
        return date == null ? "" : DISPLAY.format(date);
    }

    /**
     * The day a typed or sent date means in Vietnam: "12/04/1996" (day first, as people type it), "1996-04-12",
     * or an instant with its offset ("1995-06-14T17:00:00.000Z", "...+0700" as engine REST writes dates),
     * which is read in Asia/Ho_Chi_Minh: 17:00 UTC on the 14th is the 15th there. A time without an offset
     * names no instant and is refused, as is anything else.
     *
     * @throws DateTimeException when the text is no such date
     */
    public static LocalDate parseDay(String text) {
        String date = text.strip();
        if (date.contains("/")) {
            return LocalDate.parse(date, TYPED);
        }
        if (date.length() == 10) {
            return LocalDate.parse(date);
        }
        TemporalAccessor instant = INSTANT.parse(date);
        return OffsetDateTime.from(instant).atZoneSameInstant(ZONE).toLocalDate();
    }

    /** A moment as people write it, in Vietnam's time: "14:30 ngày 05/12/2026". */
    public static String formatMoment(Instant moment) {
        ZonedDateTime local = moment.atZone(ZONE);
        return Messages.get("time.moment", TIME.format(local), DISPLAY.format(local));
    }

    /**
     * How long until a deadline, rounded as Tasklist's lists round it (moment.js's relative time: to the nearest
     * minute below 45 minutes, the nearest hour below 22 hours, else the nearest day), so that the notice and
     * the list say the same of one deadline: "còn 3 ngày", "còn 4 giờ" (3 h 59 min), "còn 40 phút", or once
     * passed "quá hạn 2 giờ".
     */
    public static String timeLeft(Instant due, Instant now) {
        Duration left = Duration.between(now, due);
        String key = left.isNegative() ? "time.overdue." : "time.left.";
        long minutes = Math.round(left.abs().getSeconds() / 60.0);
        if (minutes < 45) {
            return Messages.get(key + "minutes", Math.max(1, minutes));
        }
        long hours = Math.round(minutes / 60.0);
        if (hours < 22) {
            return Messages.get(key + "hours", hours);
        }
        return Messages.get(key + "days", Math.round(hours / 24.0));
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }
}
