package vn.digitalteams.reporting;

import java.util.List;
import java.util.function.ToLongFunction;

/**
 * The figures a report shows side by side for each village: thirteen activity types do not fit across a
 * page or a Tasklist form, so related ones are added up under one short heading. The Excel export keeps
 * every type in its own column.
 */
enum ReportColumns {
    VISITS("Thăm hộ", ActivityType.HOUSEHOLD_VISIT),
    VNEID("VNeID", ActivityType.VNEID_LEVEL_1, ActivityType.VNEID_LEVEL_2),
    PUBLIC_SERVICES("Dịch vụ công", ActivityType.ONLINE_PUBLIC_SERVICE),
    PAYMENTS("Thanh toán số", ActivityType.BANK_ACCOUNT, ActivityType.E_WALLET, ActivityType.CASHLESS_PAYMENT),
    APPS("TMĐT, ứng dụng", ActivityType.E_COMMERCE, ActivityType.HEALTH_BOOK, ActivityType.OTHER_APP),
    OUTREACH("Tuyên truyền, giải đáp", ActivityType.CYBER_SAFETY_SESSION, ActivityType.DIGITAL_DAY_EVENT,
            ActivityType.QUESTION_ANSWERED);

    private final String heading;
    private final List<ActivityType> types;

    ReportColumns(String heading, ActivityType... types) {
        this.heading = heading;
        this.types = List.of(types);
    }

    String heading() {
        return heading;
    }

    long sum(ToLongFunction<ActivityType> figure) {
        return types.stream().mapToLong(figure).sum();
    }
}
