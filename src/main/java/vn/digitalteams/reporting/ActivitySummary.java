package vn.digitalteams.reporting;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Totals of a team's (or several teams') activities over a period, per type: how many were helped or
 * reached, and of them how many elderly, vulnerable or remote people. Every type is present, zero when
 * nothing was recorded.
 */
record ActivitySummary(Map<ActivityType, Totals> byType) {

    record Totals(long count, long vulnerable) {
        static final Totals ZERO = new Totals(0, 0);

        Totals plus(Totals other) {
            return new Totals(count + other.count, vulnerable + other.vulnerable);
        }
    }

    ActivitySummary {
        EnumMap<ActivityType, Totals> complete = new EnumMap<>(ActivityType.class);
        for (ActivityType type : ActivityType.values()) {
            complete.put(type, byType.getOrDefault(type, Totals.ZERO));
        }
        byType = Collections.unmodifiableMap(complete);
    }

    static ActivitySummary empty() {
        return new ActivitySummary(Map.of());
    }

    long count(ActivityType type) {
        return byType.get(type).count();
    }

    long vulnerable(ActivityType type) {
        return byType.get(type).vulnerable();
    }

    long vulnerableTotal() {
        return byType.values().stream().mapToLong(Totals::vulnerable).sum();
    }

    ActivitySummary plus(ActivitySummary other) {
        EnumMap<ActivityType, Totals> sum = new EnumMap<>(ActivityType.class);
        byType.forEach((type, totals) -> sum.put(type, totals.plus(other.byType.get(type))));
        return new ActivitySummary(sum);
    }
}
