package vn.digitalteams.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import vn.digitalteams.IntegrationTest;

/**
 * ActivityLog's totals against a known set of activities, on the real database: per type, the
 * vulnerable people, both ends of the period included, other teams, communes and dates left out.
 * Each test writes its set in a transaction it rolls back, and compares with the totals before it, so
 * what other tests recorded cannot make it pass or fail.
 */
@IntegrationTest
class ActivityLogTest {

    private static final String TEAM = "tam-quang-ban-05";
    private static final String NEIGHBOUR = "tam-quang-ban-06";
    private static final String ELSEWHERE = "tam-thai-ban-01";
    private static final LocalDate FROM = LocalDate.of(2025, 6, 1);
    private static final LocalDate TO = LocalDate.of(2025, 6, 30);

    @Autowired ActivityLog log;
    @Autowired ActivityRepository activities;
    @Autowired TransactionTemplate transaction;
    @Autowired JdbcTemplate jdbc;

    /** The known set: inside the period on both ends and in between, just outside it, other teams and communes. */
    private static final List<Activity> KNOWN = List.of(
            activity("tam-quang", TEAM, FROM, ActivityType.HOUSEHOLD_VISIT, 10, 3, null),
            activity("tam-quang", TEAM, TO, ActivityType.HOUSEHOLD_VISIT, 5, 0, null),
            activity("tam-quang", TEAM, FROM.plusDays(9), ActivityType.E_WALLET, 4, 1, "momo"),
            activity("tam-quang", TEAM, FROM.plusDays(9), ActivityType.E_WALLET, 2, 2, "zalopay"),
            activity("tam-quang", TEAM, FROM.plusDays(14), ActivityType.CYBER_SAFETY_SESSION, 30, 12, null),
            activity("tam-quang", TEAM, FROM.plusDays(20), ActivityType.ONLINE_PUBLIC_SERVICE, 3, 1, "Đăng ký khai sinh"),
            activity("tam-quang", TEAM, FROM.minusDays(1), ActivityType.HOUSEHOLD_VISIT, 7, 7, null),
            activity("tam-quang", TEAM, TO.plusDays(1), ActivityType.VNEID_LEVEL_1, 2, 0, null),
            activity("tam-quang", NEIGHBOUR, FROM.plusDays(3), ActivityType.VNEID_LEVEL_1, 6, 2, null),
            activity("tam-quang", NEIGHBOUR, TO, ActivityType.HOUSEHOLD_VISIT, 1, 1, null),
            activity("tam-quang", NEIGHBOUR, TO.plusDays(2), ActivityType.HEALTH_BOOK, 9, 9, null),
            activity("tam-thai", ELSEWHERE, FROM.plusDays(3), ActivityType.HOUSEHOLD_VISIT, 100, 50, null));

    @Test
    void aTeamsTotalsPerTypeCountOnlyItsActivitiesWithinThePeriodBothEndsIncluded() {
        ActivitySummary before = log.summarize(TEAM, FROM, TO);

        ActivitySummary after = withKnownActivities(() -> log.summarize(TEAM, FROM, TO));

        ActivitySummary expected = before.plus(expectedFrom(a -> a.teamCode().equals(TEAM) && within(a)));
        assertThat(after).isEqualTo(expected);
        assertThat(after.vulnerableTotal() - before.vulnerableTotal())
                .isEqualTo(KNOWN.stream().filter(a -> a.teamCode().equals(TEAM) && within(a)).mapToLong(Activity::vulnerableCount).sum());
        // The set is meant to exercise the bounds: the entries on FROM and TO count, the ones a day outside do not.
        assertThat(after.count(ActivityType.HOUSEHOLD_VISIT) - before.count(ActivityType.HOUSEHOLD_VISIT)).isEqualTo(10 + 5);
        assertThat(after.count(ActivityType.VNEID_LEVEL_1)).isEqualTo(before.count(ActivityType.VNEID_LEVEL_1));
    }

    @Test
    void everyTeamOfTheCommuneHasItsOwnTotalsAndOtherCommunesAreLeftOut() {
        Map<String, ActivitySummary> before = log.summarizeTeamsOf("tam-quang", FROM, TO);

        Map<String, ActivitySummary> after = withKnownActivities(() -> log.summarizeTeamsOf("tam-quang", FROM, TO));

        List<String> teamsOfTheCommune = jdbc.queryForList("select t.code from team t join commune c on c.id = t.commune_id "
                + "where c.code = 'tam-quang'", String.class);
        assertThat(after.keySet()).containsExactlyInAnyOrderElementsOf(teamsOfTheCommune).doesNotContain(ELSEWHERE);
        assertThat(after.keySet()).first().isEqualTo("tam-quang-xa");
        after.forEach((team, summary) -> assertThat(summary).as(team)
                .isEqualTo(before.get(team).plus(expectedFrom(a -> a.teamCode().equals(team) && within(a)))));
    }

    @Test
    void teamsWithNothingRecordedHaveAnEmptySummaryOfEveryType() {
        LocalDate longBefore = LocalDate.of(2000, 1, 1);

        Map<String, ActivitySummary> summaries = log.summarizeTeamsOf("tam-thai", longBefore, longBefore.plusMonths(1));

        assertThat(summaries).containsOnlyKeys("tam-thai-xa", "tam-thai-ban-01", "tam-thai-ban-02");
        assertThat(summaries.values()).allSatisfy(summary -> {
            assertThat(summary).isEqualTo(ActivitySummary.empty());
            assertThat(summary.byType()).containsOnlyKeys(ActivityType.values());
        });
        assertThat(log.summarize("tam-thai-ban-01", longBefore, longBefore)).isEqualTo(ActivitySummary.empty());
        assertThat(log.summarizeTeamsOf("no-such-commune", FROM, TO)).isEmpty();
    }

    @Test
    void theListingIsNewestFirstAndCapped() {
        List<Activity> listed = withKnownActivities(() -> log.latestOfTeam(TEAM, FROM.minusDays(1), TO.plusDays(1), 3));

        List<Activity> ofTeam = KNOWN.stream().filter(a -> a.teamCode().equals(TEAM)).toList();
        assertThat(listed).hasSize(3).extracting(Activity::date).isSortedAccordingTo((a, b) -> b.compareTo(a))
                .first().isEqualTo(ofTeam.stream().map(Activity::date).max(LocalDate::compareTo).orElseThrow());
    }

    private <T> T withKnownActivities(java.util.function.Supplier<T> read) {
        return transaction.execute(status -> {
            status.setRollbackOnly();
            // Fresh copies: the entities of KNOWN stay unsaved, so every test can write them again.
            KNOWN.forEach(a -> activities.save(activity(a.communeCode(), a.teamCode(), a.date(), a.type(), a.count(),
                    a.vulnerableCount(), a.detail())));
            activities.flush();
            return read.get();
        });
    }

    private static boolean within(Activity a) {
        return !a.date().isBefore(FROM) && !a.date().isAfter(TO);
    }

    /** What the totals must grow by, added up here from the known set. */
    private static ActivitySummary expectedFrom(Predicate<Activity> counted) {
        Map<ActivityType, ActivitySummary.Totals> totals = new EnumMap<>(ActivityType.class);
        Arrays.stream(ActivityType.values()).forEach(type -> totals.put(type, ActivitySummary.Totals.ZERO));
        KNOWN.stream().filter(counted).forEach(a -> totals.merge(a.type(),
                new ActivitySummary.Totals(a.count(), a.vulnerableCount()), ActivitySummary.Totals::plus));
        return new ActivitySummary(totals);
    }

    private static Activity activity(String commune, String team, LocalDate date, ActivityType type, int count,
                                     int vulnerable, String detail) {
        return new Activity(commune, team, date, type, count, vulnerable, detail, null, "test", Instant.now());
    }
}
