package vn.digitalteams.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.digitalteams.IntegrationTest;
import vn.digitalteams.documents.Documents;
import vn.digitalteams.documents.IssuedDocument;
import vn.digitalteams.documents.SampleDecisions;
import vn.digitalteams.documents.SampleReports;

/**
 * Who may do what with {@code /api}: every demo user × every resource and document kind, through HTTP, with
 * the status each must get. A role reads what it needs in its own commune: every role reads the commune's
 * teams, activity log, warnings and figures; the Chairman, vice-chairman, officers and the commune team's
 * leader read every document; a village leader only their own team's decisions; the police no documents;
 * another commune's data is refused (403), another's documents do not exist (404). A member records
 * activities for their own team, the commune leader for any team of the commune.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {

    static final List<String> USERS = List.of("admin", "chutich", "phochutich", "vanhoa", "totruong-xa",
            "totruong-ban-01", "totruong-ban-02", "congan", "truongcongan", "chutich-tamthai", "congan-tamthai",
            "totruong-tamthai-ban-01");

    @Autowired TestRestTemplate rest;
    @Autowired Documents documents;

    private IssuedDocument decisionOfBan01;
    private IssuedDocument report;
    private String decisionCase;

    @BeforeAll
    void issueADecisionAboutBan01AndAReportOfTamQuang() {
        decisionCase = SampleDecisions.newCaseKey();
        decisionOfBan01 = documents.issue(SampleDecisions.admission("tam-quang", "Tam Quang", decisionCase,
                SampleDecisions.ISSUED_ON));
        report = documents.issueReport(SampleReports.report("tam-quang", SampleReports.newCaseKey(),
                SampleDecisions.ISSUED_ON));
    }

    @Test
    void everyUserGetsWhatTheirRoleInTheirCommuneNeedsAndNothingElse() {
        Map<String, Integer[]> expected = new LinkedHashMap<>();
        // columns: teams (own) | teams of tam-quang | roster of ban-01 | ban-01 summary | ban-01 activities |
        //          tam-quang warnings | overview | decision of ban-01 | report PDF | report Excel
        expected.put("admin",                  row(400, 200, 200, 200, 200, 200, 200, 200, 200, 200));
        expected.put("chutich",                row(200, 200, 200, 200, 200, 200, 200, 200, 200, 200));
        expected.put("phochutich",             row(200, 200, 200, 200, 200, 200, 200, 200, 200, 200));
        expected.put("vanhoa",                 row(200, 200, 200, 200, 200, 200, 200, 200, 200, 200));
        expected.put("totruong-xa",            row(200, 200, 200, 200, 200, 200, 200, 200, 200, 200));
        expected.put("totruong-ban-01",        row(200, 200, 200, 200, 200, 200, 200, 200, 404, 404));
        expected.put("totruong-ban-02",        row(200, 200, 200, 200, 200, 200, 200, 404, 404, 404));
        expected.put("congan",                 row(200, 200, 200, 200, 200, 200, 200, 404, 404, 404));
        expected.put("truongcongan",           row(200, 200, 200, 200, 200, 200, 200, 404, 404, 404));
        expected.put("chutich-tamthai",        row(200, 403, 403, 403, 403, 403, 200, 404, 404, 404));
        expected.put("congan-tamthai",         row(200, 403, 403, 403, 403, 403, 200, 404, 404, 404));
        expected.put("totruong-tamthai-ban-01", row(200, 403, 403, 403, 403, 403, 200, 404, 404, 404));
        List<String> reads = List.of("/api/teams", "/api/teams?commune=tam-quang", "/api/teams/tam-quang-ban-01",
                "/api/activities/summary?team=tam-quang-ban-01", "/api/activities?team=tam-quang-ban-01",
                "/api/warnings?commune=tam-quang", "/api/overview", "/api/documents/" + decisionOfBan01.id() + "/pdf",
                "/api/documents/" + report.id() + "/pdf", "/api/documents/" + report.id() + "/xlsx");

        List<String> wrong = new ArrayList<>();
        for (String user : USERS) {
            for (int i = 0; i < reads.size(); i++) {
                int status = rest.withBasicAuth(user, "demo").exchange(reads.get(i), HttpMethod.GET, null, byte[].class)
                        .getStatusCode().value();
                if (status != expected.get(user)[i]) {
                    wrong.add(user + " GET " + reads.get(i) + ": " + status + ", expected " + expected.get(user)[i]);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void aCaseDocumentListShowsOnlyWhatTheCallerMayRead() {
        for (String user : USERS) {
            String body = rest.withBasicAuth(user, "demo").getForObject("/api/documents?caseKey=" + decisionCase, String.class);
            boolean listed = body.contains(decisionOfBan01.number());
            boolean mayRead = List.of("admin", "chutich", "phochutich", "vanhoa", "totruong-xa", "totruong-ban-01")
                    .contains(user);
            assertThat(listed).as(user).isEqualTo(mayRead);
        }
    }

    @Test
    void membersRecordActivitiesForTheirOwnTeamTheCommuneLeaderForAnyTeamOfTheCommune() {
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put("totruong-ban-01", 201);
        expected.put("totruong-xa", 201);
        expected.put("totruong-ban-02", 403);
        expected.put("chutich", 403);
        expected.put("congan", 403);
        expected.put("totruong-tamthai-ban-01", 403);
        expected.put("chutich-tamthai", 403);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("X-Requested-With", "XMLHttpRequest");
        List<String> wrong = new ArrayList<>();
        expected.forEach((user, status) -> {
            ResponseEntity<String> answer = rest.withBasicAuth(user, "demo").exchange("/api/activities", HttpMethod.POST,
                    new HttpEntity<>(Map.of("teamCode", "tam-quang-ban-01", "date", "2026-11-20",
                            "type", "household-visit", "count", 3), headers), String.class);
            if (answer.getStatusCode().value() != status) {
                wrong.add(user + ": " + answer.getStatusCode().value() + " " + answer.getBody() + ", expected " + status);
            }
        });
        assertThat(wrong).isEmpty();
    }

    private static Integer[] row(Integer... statuses) {
        return statuses;
    }
}
