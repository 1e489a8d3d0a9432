package vn.digitalteams;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Not a test: prints how the main operations behave as the data grows towards national scale
 * (3,321 communes, ~80,000 teams, ~400,000 members). Run with
 * {@code ./mvnw test -Dtest=ScaleBenchmark -Dexcluded.test.groups=none}
 * (add TEST_DATABASE=postgres and DB_URL for PostgreSQL). Results are in README.md.
 */
@IntegrationTest
@Tag("benchmark")
class ScaleBenchmark {

    private static final int[] EXTRA_COMMUNES = {0, 300, 1500, 3300};
    private static final int TEAMS_PER_COMMUNE = 19;
    private static final int MEMBERS_PER_TEAM = 7;

    @Autowired TestRestTemplate rest;
    @Autowired JdbcTemplate jdbc;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired TestUsers users;

    private int seeded;
    private int serial = 100_000;

    @Test
    void printHowOperationsScale() {
        warmUp();
        System.out.println();
        System.out.println("| communes | teams | members | GET /api/teams?commune (p50 / p95 ms) | GET /api/teams/{code} (p50 / p95 ms) | refer + approve + decision PDF (mean ms) |");
        System.out.println("|---:|---:|---:|---:|---:|---:|");
        for (int extra : EXTRA_COMMUNES) {
            seedUpTo(extra);
            long communes = count("commune");
            Latency list = Latency.ofGets(chairman(), "/api/teams?commune=tam-quang", 300);
            Latency show = Latency.ofGets(chairman(), "/api/teams/tam-quang-ban-01", 300);
            double caseMs = timeCases(20);
            System.out.printf("| %,d | %,d | %,d | %s | %s | %.0f |%n", communes, count("team"), count("membership"),
                    list, show, caseMs);
        }
        System.out.println();
    }

    private void warmUp() {
        Latency.ofGets(chairman(), "/api/teams?commune=tam-quang", 200);
        timeCases(5);
    }

    /** Bulk rows through JDBC batches: the benchmark measures reads and cases, not the seeding. */
    private void seedUpTo(int extra) {
        for (int c = seeded; c < extra; c++) {
            String commune = String.format("bench-%04d", c);
            jdbc.update("insert into commune (code, name, province) values (?, ?, ?)", commune, "Xã " + commune, "Tỉnh thử");
            long communeId = jdbc.queryForObject("select id from commune where code = ?", Long.class, commune);
            List<Object[]> villages = new ArrayList<>();
            for (int v = 1; v < TEAMS_PER_COMMUNE; v++) {
                villages.add(new Object[] {communeId, String.format("ban-%02d", v), "Bản " + v});
            }
            jdbc.batchUpdate("insert into village (commune_id, code, name) values (?, ?, ?)", villages);
            for (int t = 0; t < TEAMS_PER_COMMUNE; t++) {
                String team = commune + "-" + t;
                jdbc.update("insert into team (code, name, level, commune_id, decision_number, decision_date) "
                        + "values (?, ?, 'COMMUNE', ?, '1/QĐ-UBND', ?)", team, "Tổ " + team, communeId, LocalDate.of(2025, 3, 1));
                long teamId = jdbc.queryForObject("select id from team where code = ?", Long.class, team);
                List<Object[]> people = new ArrayList<>();
                for (int m = 0; m < MEMBERS_PER_TEAM; m++) {
                    people.add(new Object[] {"Người Thử " + serial, LocalDate.of(1990, 1, 1), "MALE",
                            String.format("096%06d", serial), (serial++) + "000000"});
                }
                jdbc.batchUpdate("insert into person (full_name, birth_date, gender, phone, citizen_id, is_student) "
                        + "values (?, ?, ?, ?, ?, false)", people);
                jdbc.update("insert into membership (team_id, person_id, role, status, joined_on) "
                        + "select ?, id, 'MEMBER', 'ACTIVE', ? from person where citizen_id in ("
                        + String.join(",", people.stream().map(p -> "'" + p[4] + "'").toList()) + ")",
                        teamId, LocalDate.of(2025, 3, 15));
            }
        }
        seeded = Math.max(seeded, extra);
    }

    private TestRestTemplate chairman() {
        return rest.withBasicAuth("chutich", "demo");
    }

    /** A whole registration: the leader's start (checks, case number) and the Chairman's approval (admission, PDF). */
    private double timeCases(int cases) {
        long start = System.nanoTime();
        for (int i = 0; i < cases; i++) {
            Map<String, Object> referral = new HashMap<>();
            referral.put("fullName", TestNames.numbered("Người Đo", serial));
            referral.put("birthDate", "1995-04-12");
            referral.put("gender", "female");
            referral.put("citizenId", "040195" + (serial++));
            referral.put("villageCode", "ban-01");
            referral.put("referralReason", "Đo hiệu năng.");
            users.login("totruong-ban-09");
            ProcessInstance instance = runtimeService.startProcessInstanceByKey("membership-registration", referral);
            users.login("chutich");
            String task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
            taskService.complete(task, Map.of("approved", true));
            users.logout();
        }
        return (System.nanoTime() - start) / 1e6 / cases;
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
