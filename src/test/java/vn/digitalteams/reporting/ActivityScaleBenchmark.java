package vn.digitalteams.reporting;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import vn.digitalteams.CaseActions;
import vn.digitalteams.IntegrationTest;
import vn.digitalteams.Latency;
import vn.digitalteams.shared.VietnameseDates;
import vn.digitalteams.team.TeamDirectory;

/**
 * Not a test: prints how the activity log and the reports on it behave as the activity table grows towards
 * national scale (tens of millions of records a year from ~80,000 teams in 3,321 communes). Run with
 * {@code ./mvnw test -Dtest=ActivityScaleBenchmark -Dexcluded.test.groups=none} (add TEST_DATABASE=postgres and
 * DB_URL for PostgreSQL; {@code -Dbenchmark.activityRows=0,100000,2000000} sets the sizes). Results are in
 * README.md.
 *
 * <p>The table grows with the records of 3,300 fake communes (bench-0000-ban-01 … bench-3299-ban-19) over the
 * last 12 months, every type. Tam Quang's 19 teams get a year at the national rate, one record per team and
 * day, mixed into the first growth: at every size the summaries and the cycle add up the same rows, and only
 * the table around them changes.
 */
@IntegrationTest
@Tag("benchmark")
class ActivityScaleBenchmark {

    private static final String COMMUNE = "tam-quang";
    private static final String TEAM = "tam-quang-ban-01";
    private static final int BENCH_COMMUNES = 3_300;
    private static final int TEAMS_PER_COMMUNE = 19;
    private static final int BATCH = 5_000;
    private static final int CALLS = 200;
    private static final int CYCLES = 10;

    /** How often each type is recorded (weight), how many people one record counts, and its detail if required. */
    private record Kind(ActivityType type, int weight, int minCount, int maxCount, List<String> details) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind(ActivityType.HOUSEHOLD_VISIT, 20, 1, 15, List.of()),
            new Kind(ActivityType.VNEID_LEVEL_1, 8, 1, 10, List.of()),
            new Kind(ActivityType.VNEID_LEVEL_2, 12, 1, 10, List.of()),
            new Kind(ActivityType.ONLINE_PUBLIC_SERVICE, 10, 1, 5,
                    List.of("Đăng ký khai sinh", "Đăng ký thường trú", "Cấp phiếu lý lịch tư pháp", "Đăng ký kết hôn")),
            new Kind(ActivityType.BANK_ACCOUNT, 6, 1, 6, List.of()),
            new Kind(ActivityType.E_WALLET, 5, 1, 5, ActivityDetails.WALLETS),
            new Kind(ActivityType.CASHLESS_PAYMENT, 8, 1, 10, List.of()),
            new Kind(ActivityType.E_COMMERCE, 2, 1, 3, ActivityDetails.PLATFORMS),
            new Kind(ActivityType.HEALTH_BOOK, 5, 1, 8, List.of()),
            new Kind(ActivityType.OTHER_APP, 4, 1, 10, List.of()),
            new Kind(ActivityType.CYBER_SAFETY_SESSION, 3, 10, 60, List.of()),
            new Kind(ActivityType.DIGITAL_DAY_EVENT, 1, 50, 300, List.of()),
            new Kind(ActivityType.QUESTION_ANSWERED, 16, 1, 15, List.of()));

    private record Row(String commune, String team, LocalDate date, Kind kind, int count, int vulnerable,
                       String detail, String note) {
    }

    @Autowired TestRestTemplate rest;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transaction;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired CaseActions cases;
    @Autowired TeamDirectory teams;
    @Autowired Clock clock;

    private final Random random = new Random(2026);
    private final List<Kind> weightedKinds = KINDS.stream()
            .flatMap(kind -> Collections.nCopies(kind.weight(), kind).stream()).toList();
    private LocalDate today;
    private boolean tamQuangSeeded;

    @Test
    void printHowTheActivityLogScales() {
        today = VietnameseDates.today(clock);
        ReportingPeriod month = ReportingPeriod.monthOf(today.minusMonths(1));
        ReportingPeriod quarter = ReportingPeriod.quarterOf(today.minusMonths(3));
        String teamMonth = summaryUrl("team=" + TEAM, month);
        String communeQuarter = summaryUrl("commune=" + COMMUNE, quarter);
        TestRestTemplate chairman = rest.withBasicAuth("chutich", "demo");
        boolean postgres = isPostgres();

        // Warm-up (JIT, caches): the first figures would otherwise measure the start-up.
        Latency.ofGets(chairman, teamMonth, 3 * CALLS);
        Latency.ofGets(chairman, communeQuarter, 3 * CALLS);
        timeCycleOpenings(month, 3 * CYCLES);
        System.out.println();
        System.out.println("| activity rows | table + indexes | team, " + month.label() + " (p50 / p95 ms) | commune, "
                + quarter.label() + " (p50 / p95 ms) | open a cycle, 18 prefilled tasks (mean ms) |");
        System.out.println("|---:|---:|---:|---:|---:|");
        for (long size : sizes()) {
            long seeding = System.nanoTime();
            growTo(size, postgres);
            System.err.printf("Seeded up to %,d activity rows in %.0f s%n", size, (System.nanoTime() - seeding) / 1e9);
            System.out.printf("| %,d | %s | %s | %s | %.0f |%n", count("select count(*) from activity"), tableSize(postgres),
                    Latency.ofGets(chairman, teamMonth, CALLS), Latency.ofGets(chairman, communeQuarter, CALLS),
                    timeCycleOpenings(month, CYCLES));
        }
        System.out.printf("%nThe summaries add up %,d records (the team's month) and %,d (the commune's quarter).%n%n",
                count("select count(*) from activity where team_code = ? and activity_date between ? and ?",
                        TEAM, month.from(), month.to()),
                count("select count(*) from activity where commune_code = ? and activity_date between ? and ?",
                        COMMUNE, quarter.from(), quarter.to()));
    }

    private static long[] sizes() {
        return Arrays.stream(System.getProperty("benchmark.activityRows", "0,100000,1000000,5000000").split(","))
                .mapToLong(size -> Long.parseLong(size.strip())).toArray();
    }

    private static String summaryUrl(String scope, ReportingPeriod period) {
        return "/api/activities/summary?" + scope + "&from=" + period.from() + "&to=" + period.to();
    }

    /**
     * Opens Tam Quang's cycle for the month (18 village tasks, each prefilled with its team's month) as the
     * Chairman. A period has one cycle, so each is deleted again, outside the timing, to open the same month
     * with records again.
     */
    private double timeCycleOpenings(ReportingPeriod month, int times) {
        Map<String, Object> request = Map.of("period", month.code(), "dueDate", VietnameseDates.format(today.plusDays(5)));
        double millis = 0;
        for (int i = 0; i < times; i++) {
            long start = System.nanoTime();
            ProcessInstance cycle = cases.startAs("chutich", "periodic-report", new HashMap<>(request));
            millis += (System.nanoTime() - start) / 1e6;
            delete(cycle);
        }
        return millis / times;
    }

    private void delete(ProcessInstance cycle) {
        long villageTasks = taskService.createTaskQuery().processInstanceId(cycle.getId()).count();
        if (villageTasks != PeriodicReportProcessTest.TAM_QUANG_VILLAGES) {
            throw new IllegalStateException(cycle.getBusinessKey() + " opened " + villageTasks + " village tasks");
        }
        runtimeService.deleteProcessInstance(cycle.getId(), "benchmark", true);
        jdbc.update("delete from reporting_cycle where case_key = ?", cycle.getBusinessKey());
    }

    /** Adds fake communes' records, in JDBC batches, until the table has {@code size} rows; Tam Quang's year among the first. */
    private void growTo(long size, boolean postgres) {
        long missing = size - count("select count(*) from activity");
        if (missing <= 0) {
            return;
        }
        Deque<Row> tamQuang = tamQuangSeeded ? new ArrayDeque<>() : tamQuangYear();
        tamQuangSeeded = true;
        List<Row> batch = new ArrayList<>(BATCH);
        for (long left = missing; left > 0; left--) {
            // Tam Quang's rows at random places among the others, as they would arrive day by day.
            boolean ours = !tamQuang.isEmpty() && random.nextLong(left) < tamQuang.size();
            batch.add(ours ? tamQuang.pop() : benchRow());
            if (batch.size() == BATCH) {
                insert(batch);
                batch.clear();
            }
        }
        insert(batch);
        if (postgres) {
            jdbc.execute("analyze activity"); // as autovacuum soon would; H2 analyzes by itself as rows change
        }
    }

    private Deque<Row> tamQuangYear() {
        Deque<Row> rows = new ArrayDeque<>();
        for (String team : teams.teamCodesOf(COMMUNE)) {
            for (int daysAgo = 1; daysAgo <= 365; daysAgo++) {
                rows.add(row(COMMUNE, team, today.minusDays(daysAgo)));
            }
        }
        return rows;
    }

    private Row benchRow() {
        String commune = String.format("bench-%04d", random.nextInt(BENCH_COMMUNES));
        String team = String.format("%s-ban-%02d", commune, 1 + random.nextInt(TEAMS_PER_COMMUNE));
        return row(commune, team, today.minusDays(1 + random.nextInt(365)));
    }

    private Row row(String commune, String team, LocalDate date) {
        Kind kind = weightedKinds.get(random.nextInt(weightedKinds.size()));
        int count = kind.minCount() + random.nextInt(kind.maxCount() - kind.minCount() + 1);
        String detail = kind.details().isEmpty() ? null : kind.details().get(random.nextInt(kind.details().size()));
        String note = random.nextInt(4) == 0 ? "Ghi nhận khi đo hiệu năng." : null;
        return new Row(commune, team, date, kind, count, random.nextInt(count / 2 + 1), detail, note);
    }

    /** One transaction a batch: with auto-commit every row would be a commit of its own (on PostgreSQL a WAL flush). */
    private void insert(List<Row> rows) {
        transaction.executeWithoutResult(status -> jdbc.batchUpdate("""
                insert into activity (commune_code, team_code, activity_date, type, count, vulnerable_count, detail, note,
                                      recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, 'benchmark', ?)""", rows, BATCH, ActivityScaleBenchmark::bind));
    }

    private static void bind(PreparedStatement statement, Row row) throws SQLException {
        statement.setString(1, row.commune());
        statement.setString(2, row.team());
        statement.setObject(3, row.date());
        statement.setString(4, row.kind().type().code());
        statement.setInt(5, row.count());
        statement.setInt(6, row.vulnerable());
        statement.setString(7, row.detail());
        statement.setString(8, row.note());
        // recorded in the evening of that day, Vietnam time, stored in UTC
        statement.setObject(9, row.date().atTime(19, 0).atZone(VietnameseDates.ZONE).toOffsetDateTime()
                .withOffsetSameInstant(ZoneOffset.UTC));
    }

    /** The table's size with its indexes on PostgreSQL; the tests' H2 is in memory and tells none (DISK_SPACE_USED 0). */
    private String tableSize(boolean postgres) {
        return postgres ? String.format("%,d MB", count("select pg_total_relation_size('activity')") / (1024 * 1024)) : "–";
    }

    private boolean isPostgres() {
        return "PostgreSQL".equals(jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName()));
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }
}
