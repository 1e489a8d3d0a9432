package vn.digitalteams.reporting;

import static vn.digitalteams.shared.UserFacingException.invalid;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.digitalteams.shared.Messages;

/**
 * What a report covers: a month ("2026-11") or a quarter ("2026-Q4"), with its first and last day and
 * the words a document uses for it ("tháng 11 năm 2026", "quý IV năm 2026").
 */
record ReportingPeriod(String code, LocalDate from, LocalDate to, String label) {

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    static ReportingPeriod parse(String code) {
        Matcher month = MONTH.matcher(code == null ? "" : code.strip());
        if (month.matches()) {
            return monthOf(LocalDate.of(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2)), 1));
        }
        Matcher quarter = QUARTER.matcher(code == null ? "" : code.strip());
        if (quarter.matches()) {
            int q = Integer.parseInt(quarter.group(2));
            return quarterOf(LocalDate.of(Integer.parseInt(quarter.group(1)), q * 3, 1));
        }
        throw invalid("report.period.invalid", String.valueOf(code));
    }

    static ReportingPeriod monthOf(LocalDate day) {
        YearMonth month = YearMonth.from(day);
        return new ReportingPeriod(month.toString(), month.atDay(1), month.atEndOfMonth(),
                Messages.get("report.period.month", String.valueOf(month.getMonthValue()),
                        String.valueOf(month.getYear())));
    }

    static ReportingPeriod quarterOf(LocalDate day) {
        int quarter = (day.getMonthValue() - 1) / 3 + 1;
        YearMonth first = YearMonth.of(day.getYear(), quarter * 3 - 2);
        return new ReportingPeriod(day.getYear() + "-Q" + quarter, first.atDay(1), first.plusMonths(2).atEndOfMonth(),
                Messages.get("report.period.quarter", ROMAN[quarter - 1], String.valueOf(day.getYear())));
    }

    /** The business key of a commune's cycle for this period: "BC-tam-quang-2026-11". */
    String caseKey(String communeCode) {
        return "BC-" + communeCode + "-" + code;
    }

    boolean startsAfter(LocalDate day) {
        return from.isAfter(day);
    }

    /** How many months the period covers: 1 for a month, 3 for a quarter. */
    int months() {
        return (int) ChronoUnit.MONTHS.between(from, to.plusDays(1));
    }

    /** The kind of period as a sentence names it, "tháng" or "quý". */
    String unit() {
        return Messages.get(months() == 1 ? "report.period.unit.month" : "report.period.unit.quarter");
    }
}
