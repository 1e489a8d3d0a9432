package vn.digitalteams.reporting;

import static vn.digitalteams.shared.UserFacingException.invalid;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import vn.digitalteams.shared.Messages;

/**
 * A village report's figures held to what one team plausibly does in the period
 * ({@link ActivityType#plausibleMaximum}): a figure above its maximum is not refused (a campaign or a
 * digital day can pass it) but flagged, and only accepted with the village's explanation, which the commune
 * team leader reads at consolidation before the figure reaches the commune's report.
 */
final class PlausibleFigures {

    private PlausibleFigures() {
    }

    /**
     * The figures above their maximum for the period, each with the maximum it passed, in type order.
     *
     * @throws vn.digitalteams.shared.UserFacingException invalid when there is any and no explanation, naming
     *         each figure, its value and maximum ("Đến từng hộ gia đình hướng dẫn: 9.999 vượt mức thường gặp
     *         của một Tổ trong tháng (tối đa 600)") and the field to explain them in
     */
    static Map<ActivityType, Long> flaggedOf(VillageReportForm.Values values, ReportingPeriod period) {
        Map<ActivityType, Long> flagged = new EnumMap<>(ActivityType.class);
        values.figures().forEach((type, value) -> {
            long maximum = type.plausibleMaximum(period.months());
            if (value > maximum) {
                flagged.put(type, maximum);
            }
        });
        if (!flagged.isEmpty() && values.figuresExplanation() == null) {
            List<String> above = new ArrayList<>();
            flagged.forEach((type, maximum) -> above.add(Messages.get("report.figure.implausible", type.label(),
                    values.figures().get(type), period.unit(), maximum)));
            throw invalid("report.figures.unexplained", String.join("; ", above),
                    Messages.get("report.field." + VillageReportForm.FIGURES_EXPLANATION));
        }
        return Collections.unmodifiableMap(flagged);
    }
}
