package vn.digitalteams.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.digitalteams.shared.Messages;
import vn.digitalteams.shared.UserFacingException;

/** The plausible maxima as README's table gives them, and which figures of a report they flag. */
class ActivityTypeTest {

    @Test
    void aMonthsPlausibleMaximaAreTheReadmesAndAQuartersThreeTimesThem() {
        Map<ActivityType, Long> month = new EnumMap<>(ActivityType.class);
        for (ActivityType type : ActivityType.values()) {
            month.put(type, type.plausibleMaximum(ReportingPeriod.parse("2026-11").months()));
            assertThat(type.plausibleMaximum(ReportingPeriod.parse("2026-Q4").months())).as(type.name())
                    .isEqualTo(3 * month.get(type));
        }
        assertThat(month).isEqualTo(Map.ofEntries(Map.entry(ActivityType.HOUSEHOLD_VISIT, 600L),
                Map.entry(ActivityType.VNEID_LEVEL_1, 800L), Map.entry(ActivityType.VNEID_LEVEL_2, 400L),
                Map.entry(ActivityType.ONLINE_PUBLIC_SERVICE, 400L), Map.entry(ActivityType.BANK_ACCOUNT, 600L),
                Map.entry(ActivityType.E_WALLET, 600L), Map.entry(ActivityType.CASHLESS_PAYMENT, 1_000L),
                Map.entry(ActivityType.E_COMMERCE, 200L), Map.entry(ActivityType.HEALTH_BOOK, 800L),
                Map.entry(ActivityType.OTHER_APP, 1_000L), Map.entry(ActivityType.CYBER_SAFETY_SESSION, 600L),
                Map.entry(ActivityType.DIGITAL_DAY_EVENT, 1_000L), Map.entry(ActivityType.QUESTION_ANSWERED, 1_500L)));
    }

    @Test
    void figuresAboveTheirMaximumAreFlaggedAndNeedAnExplanation() {
        ReportingPeriod march = ReportingPeriod.parse("2026-03");
        Map<ActivityType, Long> figures = new EnumMap<>(ActivityType.class);
        for (ActivityType type : ActivityType.values()) {
            figures.put(type, type.plausibleMaximum(1));
        }
        assertThat(PlausibleFigures.flaggedOf(values(figures, null), march)).as("at the maximum is plausible").isEmpty();

        figures.put(ActivityType.QUESTION_ANSWERED, 1_501L);
        figures.put(ActivityType.HOUSEHOLD_VISIT, 9_999L);
        UserFacingException refused = catchThrowableOfType(UserFacingException.class,
                () -> PlausibleFigures.flaggedOf(values(figures, null), march));
        assertThat(Messages.of(refused)).isEqualTo("Đến từng hộ gia đình hướng dẫn: 9.999 vượt mức thường gặp của một Tổ "
                + "trong tháng (tối đa 600); Câu hỏi được giải đáp qua điện thoại, Zalo: 1.501 vượt mức thường gặp của "
                + "một Tổ trong tháng (tối đa 1.500); vui lòng giải thích ở mục \"Giải trình số liệu vượt mức thường gặp\".");
        assertThat(PlausibleFigures.flaggedOf(values(figures, "Ra quân cả tháng cùng Đoàn thanh niên."), march))
                .containsExactly(Map.entry(ActivityType.HOUSEHOLD_VISIT, 600L), Map.entry(ActivityType.QUESTION_ANSWERED, 1_500L));
        figures.put(ActivityType.HOUSEHOLD_VISIT, 1_800L);
        assertThat(PlausibleFigures.flaggedOf(values(figures, null), ReportingPeriod.parse("2026-Q1")))
                .as("a quarter's maxima").isEmpty();
    }

    private static VillageReportForm.Values values(Map<ActivityType, Long> figures, String explanation) {
        return new VillageReportForm.Values(figures, 0, null, null, null, explanation);
    }
}
