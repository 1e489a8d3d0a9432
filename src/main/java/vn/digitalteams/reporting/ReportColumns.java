package vn.digitalteams.reporting;

import java.util.List;
import java.util.function.ToLongFunction;

import vn.digitalteams.shared.Messages;

/**
 * The figures a report shows side by side for each village: thirteen activity types do not fit across a
 * page or a Tasklist form, so related ones are added up under one short heading. The Excel export keeps
 * every type in its own column.
 */
enum ReportColumns {
    VISITS(ActivityType.HOUSEHOLD_VISIT),
    VNEID(ActivityType.VNEID_LEVEL_1, ActivityType.VNEID_LEVEL_2),
    PUBLIC_SERVICES(ActivityType.ONLINE_PUBLIC_SERVICE),
    PAYMENTS(ActivityType.BANK_ACCOUNT, ActivityType.E_WALLET, ActivityType.CASHLESS_PAYMENT),
    APPS(ActivityType.E_COMMERCE, ActivityType.HEALTH_BOOK, ActivityType.OTHER_APP),
    OUTREACH(ActivityType.CYBER_SAFETY_SESSION, ActivityType.DIGITAL_DAY_EVENT, ActivityType.QUESTION_ANSWERED);

    private final List<ActivityType> types;

    ReportColumns(ActivityType... types) {
        this.types = List.of(types);
    }

    String heading() {
        return Messages.get("report.column." + name());
    }

    long sum(ToLongFunction<ActivityType> figure) {
        return types.stream().mapToLong(figure).sum();
    }
}
