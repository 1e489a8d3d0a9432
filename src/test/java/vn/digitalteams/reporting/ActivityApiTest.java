package vn.digitalteams.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.digitalteams.IntegrationTest;
import vn.digitalteams.ScriptRequests;
import vn.digitalteams.shared.VietnameseDates;

/** POST /api/activities and its summaries and listing, as the demo users call them over HTTP with Basic auth. */
@IntegrationTest
class ActivityApiTest {

    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {};
    private static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {};
    private static final String ACTIVITIES = "/api/activities";
    private static final LocalDate TODAY = LocalDate.now(VietnameseDates.ZONE);

    @Autowired TestRestTemplate rest;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aLeaderRecordsForTheirTeamAndGetsTheStoredActivity() {
        Map<String, Object> entry = entry("tam-quang-ban-01", TODAY.minusDays(1), "e-wallet", 5);
        entry.put("vulnerableCount", 2);
        entry.put("detail", "MoMo");
        entry.put("note", "Cài ví cho các hộ xóm Pủng.");

        ResponseEntity<Map<String, Object>> response = post("totruong-ban-01", entry);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        Map<String, Object> body = response.getBody();
        assertThat(body).containsEntry("teamCode", "tam-quang-ban-01").containsEntry("communeCode", "tam-quang")
                .containsEntry("date", TODAY.minusDays(1).toString()).containsEntry("type", "e-wallet")
                .containsEntry("typeLabel", ActivityType.E_WALLET.label()).containsEntry("count", 5)
                .containsEntry("vulnerableCount", 2).containsEntry("detail", "momo").containsEntry("detailLabel", "MoMo")
                .containsEntry("note", "Cài ví cho các hộ xóm Pủng.").containsEntry("recordedBy", "totruong-ban-01")
                .containsKey("recordedAt");
        Map<String, Object> row = jdbc.queryForMap("select * from activity where id = ?", ((Number) body.get("id")).longValue());
        assertThat(row).containsEntry("TEAM_CODE", "tam-quang-ban-01").containsEntry("TYPE", "e-wallet")
                .containsEntry("COUNT", 5).containsEntry("VULNERABLE_COUNT", 2).containsEntry("DETAIL", "momo")
                .containsEntry("RECORDED_BY", "totruong-ban-01");
    }

    @Test
    void withoutATeamTheMembersOnlyTeamIsMeantAndVulnerableDefaultsToNone() {
        Map<String, Object> entry = entry(null, TODAY, "household-visit", 8);
        entry.remove("teamCode");

        ResponseEntity<Map<String, Object>> response = post("totruong-ban-03", entry);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(response.getBody()).containsEntry("teamCode", "tam-quang-ban-03").containsEntry("vulnerableCount", 0);
    }

    @Test
    void theCommuneLeaderRecordsForAnyTeamOfTheCommuneButNoOther() {
        ResponseEntity<Map<String, Object>> village = post("totruong-xa", entry("tam-quang-ban-04", TODAY, "vneid-level-2", 3));
        assertThat(village.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(village.getBody()).containsEntry("teamCode", "tam-quang-ban-04").containsEntry("recordedBy", "totruong-xa");

        assertRefused("totruong-xa", entry("tam-thai-ban-01", TODAY, "vneid-level-2", 3), HttpStatus.FORBIDDEN,
                "Tổ công nghệ số cộng đồng bản 01 không thuộc xã của bạn; bạn chỉ được ghi nhận hoạt động cho tổ của mình.");
    }

    @Test
    void badEntriesAre400InVietnameseAndNothingIsStored() {
        LocalDate tomorrow = TODAY.plusDays(1);
        Map<String, Object> noWallet = entry("tam-quang-ban-01", TODAY, "e-wallet", 2);
        Map<String, Object> unknownWallet = entry("tam-quang-ban-01", TODAY, "e-wallet", 2);
        unknownWallet.put("detail", "PayPal");
        Map<String, Object> noService = entry("tam-quang-ban-01", TODAY, "online-public-service", 2);
        Map<String, Object> tooManyVulnerable = entry("tam-quang-ban-01", TODAY, "household-visit", 2);
        tooManyVulnerable.put("vulnerableCount", 3);
        Map<String, Object> notANumber = entry("tam-quang-ban-01", TODAY, "household-visit", 2);
        notANumber.put("count", "hai");
        Map<String, Object> fraction = entry("tam-quang-ban-01", TODAY, "household-visit", 2);
        fraction.put("count", 2.5);
        Map<String, Object> noDate = entry("tam-quang-ban-01", TODAY, "household-visit", 2);
        noDate.remove("date");
        Map<String, Object> badDate = entry("tam-quang-ban-01", TODAY, "household-visit", 2);
        badDate.put("date", "31/02/2026");
        Map<String, Object> beforeTheTeam = entry("tam-quang-ban-01", LocalDate.of(2025, 3, 9), "household-visit", 2);
        Map<String, Object> longNote = entry("tam-quang-ban-01", TODAY, "household-visit", 2);
        longNote.put("note", "x".repeat(1001));

        assertRefused("totruong-ban-01", entry("tam-quang-ban-01", tomorrow, "household-visit", 4), HttpStatus.BAD_REQUEST,
                "Ngày hoạt động " + VietnameseDates.format(tomorrow) + " không được sau ngày hôm nay ("
                        + VietnameseDates.format(TODAY) + ").");
        assertRefused("totruong-ban-01", entry("tam-quang-ban-01", TODAY, "household-visit", 0), HttpStatus.BAD_REQUEST,
                "Số lượng phải là số nguyên từ 1 đến 10.000.");
        assertRefused("totruong-ban-01", entry("tam-quang-ban-01", TODAY, "household-visit", 10_001), HttpStatus.BAD_REQUEST,
                "Số lượng phải là số nguyên từ 1 đến 10.000.");
        assertRefused("totruong-ban-01", entry("tam-quang-ban-01", TODAY, "lottery", 1), HttpStatus.BAD_REQUEST,
                "Loại hoạt động \"lottery\" không hợp lệ.");
        assertRefused("totruong-ban-01", noWallet, HttpStatus.BAD_REQUEST,
                "Vui lòng chọn Ví điện tử: MoMo, ZaloPay, Viettel Money hoặc VNPT Money.");
        assertRefused("totruong-ban-01", unknownWallet, HttpStatus.BAD_REQUEST,
                "Ví điện tử \"PayPal\" không hợp lệ: chọn MoMo, ZaloPay, Viettel Money hoặc VNPT Money.");
        assertRefused("totruong-ban-01", noService, HttpStatus.BAD_REQUEST,
                "Vui lòng nhập Dịch vụ công đã hướng dẫn (ví dụ: Đăng ký khai sinh).");
        assertRefused("totruong-ban-01", tooManyVulnerable, HttpStatus.BAD_REQUEST,
                "Số người cao tuổi, yếu thế, vùng sâu vùng xa phải từ 0 đến Số lượng (2).");
        assertRefused("totruong-ban-01", notANumber, HttpStatus.BAD_REQUEST, "Số lượng phải là số nguyên.");
        assertRefused("totruong-ban-01", fraction, HttpStatus.BAD_REQUEST, "Số lượng phải là số nguyên.");
        assertRefused("totruong-ban-01", noDate, HttpStatus.BAD_REQUEST, "Vui lòng nhập Ngày hoạt động.");
        assertRefused("totruong-ban-01", badDate, HttpStatus.BAD_REQUEST,
                "Ngày hoạt động phải là một ngày hợp lệ, dạng ngày/tháng/năm (ví dụ 03/11/2026) hoặc năm-tháng-ngày (2026-11-03).");
        assertRefused("totruong-ban-01", beforeTheTeam, HttpStatus.BAD_REQUEST,
                "Ngày hoạt động 09/03/2025 không được trước ngày thành lập Tổ công nghệ số cộng đồng bản 01 (10/03/2025).");
        assertRefused("totruong-ban-01", longNote, HttpStatus.BAD_REQUEST, "Ghi chú không được dài quá 1.000 ký tự.");
    }

    @Test
    void someoneElsesTeamIs403AndNothingIsStored() {
        assertRefused("totruong-ban-01", entry("tam-quang-ban-02", TODAY, "household-visit", 4), HttpStatus.FORBIDDEN,
                "Bạn chỉ được ghi nhận hoạt động cho tổ mình tham gia; bạn không phải thành viên của Tổ công nghệ số cộng đồng bản 02.");
        assertRefused("totruong-tamthai-ban-01", entry("tam-quang-ban-01", TODAY, "household-visit", 4), HttpStatus.FORBIDDEN,
                "Tổ công nghệ số cộng đồng bản 01 không thuộc xã của bạn; bạn chỉ được ghi nhận hoạt động cho tổ của mình.");
        // The Chairman and the culture officer belong to no team: they name none, or one that is not theirs.
        assertRefused("chutich", entry("tam-quang-ban-01", TODAY, "household-visit", 4), HttpStatus.FORBIDDEN,
                "Bạn chỉ được ghi nhận hoạt động cho tổ mình tham gia; bạn không phải thành viên của Tổ công nghệ số cộng đồng bản 01.");
        Map<String, Object> noTeam = entry(null, TODAY, "household-visit", 4);
        noTeam.remove("teamCode");
        assertRefused("vanhoa", noTeam, HttpStatus.BAD_REQUEST, "Vui lòng nhập Mã tổ: tài khoản của bạn không thuộc đúng một tổ.");
        assertRefused("totruong-ban-01", entry("khong-co", TODAY, "household-visit", 4), HttpStatus.NOT_FOUND,
                "Không tìm thấy tổ công nghệ số cộng đồng có mã \"khong-co\".");
    }

    @Test
    void anonymousCallersAndMalformedBodiesAreRefusedWithoutAStackTrace() {
        long before = storedActivities();

        ResponseEntity<Map<String, Object>> anonymous = rest.exchange(ACTIVITIES, HttpMethod.POST,
                ScriptRequests.json(entry("tam-quang-ban-01", TODAY, "household-visit", 4)), OBJECT);
        HttpHeaders json = ScriptRequests.headers();
        ResponseEntity<Map<String, Object>> malformed = as("totruong-ban-01").exchange(ACTIVITIES, HttpMethod.POST,
                new HttpEntity<>("{\"teamCode\": \"tam-quang-ban-01\", \"count\": ", json), OBJECT);

        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(anonymous.getBody()).containsEntry("message", "Vui lòng đăng nhập để sử dụng chức năng này.");
        assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(malformed.getBody()).containsEntry("message",
                "Nội dung yêu cầu không hợp lệ: cần JSON đúng định dạng và đúng kiểu dữ liệu.");
        assertThat(malformed.getBody().toString()).doesNotContain("Exception").doesNotContain("at vn.");
        assertThat(storedActivities()).isEqualTo(before);
    }

    @Test
    void aTeamsSummaryAddsUpWhatWasRecordedWithinThePeriodPerTypeInOrder() {
        LocalDate from = TODAY.minusDays(20);
        LocalDate to = TODAY.minusDays(10);
        String summaryUrl = ACTIVITIES + "/summary?team=tam-quang-ban-07&from=" + from + "&to=" + to;
        Map<String, Object> before = get("chutich", summaryUrl, OBJECT).getBody();
        List<Recorded> set = List.of(
                new Recorded("totruong-ban-07", "tam-quang-ban-07", from, "household-visit", 12, 5, null),
                new Recorded("totruong-ban-07", "tam-quang-ban-07", to, "household-visit", 3, 1, null),
                new Recorded("totruong-ban-07", "tam-quang-ban-07", from.plusDays(4), "e-commerce", 2, 0, "Vỏ Sò"),
                new Recorded("totruong-ban-07", "tam-quang-ban-07", from.plusDays(5), "question-answered", 9, 4, null),
                new Recorded("totruong-ban-07", "tam-quang-ban-07", from.minusDays(1), "household-visit", 40, 40, null),
                new Recorded("totruong-ban-07", "tam-quang-ban-07", to.plusDays(1), "health-book", 6, 2, null),
                new Recorded("totruong-ban-08", "tam-quang-ban-08", from.plusDays(2), "household-visit", 7, 7, null));
        set.forEach(this::record);

        ResponseEntity<Map<String, Object>> response = get("totruong-ban-01", summaryUrl, OBJECT);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<String, Object> after = response.getBody();
        assertThat(after).containsEntry("team", "tam-quang-ban-07").containsEntry("teamName", "Tổ công nghệ số cộng đồng bản 07")
                .containsEntry("commune", "tam-quang").containsEntry("from", from.toString()).containsEntry("to", to.toString())
                .doesNotContainKey("teams");
        assertGrewBy(before, after, set, r -> r.team().equals("tam-quang-ban-07") && !r.date().isBefore(from) && !r.date().isAfter(to));
        assertThat(totals(after)).extracting(t -> t.get("type"))
                .containsExactlyElementsOf(Arrays.stream(ActivityType.values()).map(ActivityType::code).toList());
        assertThat(totals(after)).extracting(t -> t.get("label"))
                .containsExactlyElementsOf(Arrays.stream(ActivityType.values()).map(ActivityType::label).toList());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theCommunesSummaryAddsUpEveryTeamOfTheCommuneAndNoOther() {
        LocalDate from = TODAY.minusDays(35);
        LocalDate to = TODAY.minusDays(25);
        String summaryUrl = ACTIVITIES + "/summary?commune=tam-quang&from=" + from + "&to=" + to;
        Map<String, Object> before = get("totruong-ban-09", summaryUrl, OBJECT).getBody();
        List<Recorded> set = List.of(
                new Recorded("totruong-ban-09", "tam-quang-ban-09", from, "vneid-level-1", 11, 3, null),
                new Recorded("totruong-ban-10", "tam-quang-ban-10", to, "vneid-level-1", 4, 4, null),
                new Recorded("totruong-xa", "tam-quang-xa", from.plusDays(3), "digital-day-event", 150, 60, null),
                new Recorded("totruong-xa", "tam-quang-ban-11", from.plusDays(3), "online-public-service", 2, 0, "Xác nhận cư trú"),
                new Recorded("totruong-ban-09", "tam-quang-ban-09", to.plusDays(1), "bank-account", 5, 0, null),
                new Recorded("totruong-tamthai-ban-01", "tam-thai-ban-01", from.plusDays(1), "vneid-level-1", 30, 10, null));
        set.forEach(this::record);

        Map<String, Object> after = get("chutich", summaryUrl, OBJECT).getBody();

        assertThat(after).containsEntry("commune", "tam-quang").doesNotContainKey("team");
        assertGrewBy(before, after, set, r -> r.team().startsWith("tam-quang-") && !r.date().isBefore(from) && !r.date().isAfter(to));
        List<Map<String, Object>> teams = (List<Map<String, Object>>) after.get("teams");
        List<String> teamsOfTheCommune = jdbc.queryForList("select t.code from team t join commune c on c.id = t.commune_id "
                + "where c.code = 'tam-quang'", String.class);
        assertThat(teams).extracting(t -> t.get("team")).containsExactlyInAnyOrderElementsOf(teamsOfTheCommune);
        List<Map<String, Object>> teamsBefore = (List<Map<String, Object>>) before.get("teams");
        for (int i = 0; i < teams.size(); i++) {
            String team = (String) teams.get(i).get("team");
            assertGrewBy(teamsBefore.get(i), teams.get(i), set,
                    r -> r.team().equals(team) && !r.date().isBefore(from) && !r.date().isAfter(to));
        }
    }

    @Test
    void theSummaryCoversTheCurrentMonthUnlessToldAndRefusesABackwardPeriod() {
        Map<String, Object> month = get("totruong-ban-01", ACTIVITIES + "/summary?team=tam-quang-ban-01", OBJECT).getBody();
        Map<String, Object> own = get("totruong-ban-01", ACTIVITIES + "/summary", OBJECT).getBody();
        ResponseEntity<Map<String, Object>> backwards = get("totruong-ban-01",
                ACTIVITIES + "/summary?team=tam-quang-ban-01&from=2026-03-10&to=2026-03-01", OBJECT);
        ResponseEntity<Map<String, Object>> malformed = get("totruong-ban-01",
                ACTIVITIES + "/summary?team=tam-quang-ban-01&from=10/03/2026", OBJECT);

        assertThat(month).containsEntry("from", TODAY.withDayOfMonth(1).toString())
                .containsEntry("to", TODAY.with(TemporalAdjusters.lastDayOfMonth()).toString());
        assertThat(own).containsEntry("commune", "tam-quang").containsKey("teams");
        assertThat(backwards.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(backwards.getBody()).containsEntry("message", "Từ ngày (10/03/2026) không được sau đến ngày (01/03/2026).");
        assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void anotherCommunesUsersCannotReadTheCommunesActivities() {
        for (String url : List.of("/summary?team=tam-quang-ban-01", "/summary?commune=tam-quang", "?team=tam-quang-ban-01",
                "?commune=tam-quang")) {
            ResponseEntity<Map<String, Object>> response = get("chutich-tamthai", ACTIVITIES + url, OBJECT);
            assertThat(response.getStatusCode()).as(url).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(response.getBody()).containsEntry("message", "Bạn không có quyền xem dữ liệu của xã tam-quang.");
        }
        assertThat(get("chutich", ACTIVITIES + "/summary?team=khong-co", OBJECT).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get("admin", ACTIVITIES + "/summary?commune=tam-thai", OBJECT).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get("chutich", ACTIVITIES + "/summary?team=tam-quang-ban-01&commune=tam-quang", OBJECT).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void theListingShowsTheTeamsActivitiesNewestFirst() {
        LocalDate older = TODAY.minusDays(3);
        Map<String, Object> first = post("totruong-ban-12", entry("tam-quang-ban-12", older, "other-app", 2)).getBody();
        Map<String, Object> second = post("totruong-ban-12", entry("tam-quang-ban-12", TODAY, "other-app", 1)).getBody();

        List<Map<String, Object>> listed = get("vanhoa", ACTIVITIES + "?team=tam-quang-ban-12&from=" + older + "&to=" + TODAY, LIST)
                .getBody();

        assertThat(listed).extracting(a -> a.get("id")).containsSubsequence(second.get("id"), first.get("id"));
        assertThat(listed).allSatisfy(a -> assertThat(a.get("teamCode")).isEqualTo("tam-quang-ban-12"));
        assertThat(listed).extracting(a -> (String) a.get("date")).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void tasklistOffersTheActivityFormToTeamLeadersAndRefusalsThroughEngineRestAre400() {
        String startable = "/engine-rest/process-definition?startableInTasklist=true&startablePermissionCheck=true&latestVersion=true";
        assertThat(get("totruong-ban-01", startable, LIST).getBody()).extracting(d -> d.get("key")).contains("activity-record");
        assertThat(get("chutich", startable, LIST).getBody()).extracting(d -> d.get("key")).doesNotContain("activity-record");

        long before = storedActivities();
        Map<String, Object> variables = Map.of("date", Map.of("value", VietnameseDates.format(TODAY.plusDays(2))),
                "type", Map.of("value", "household-visit"), "count", Map.of("value", 3, "type", "Long"));
        ResponseEntity<Map<String, Object>> refused = as("totruong-ban-01").exchange(
                "/engine-rest/process-definition/key/activity-record/start", HttpMethod.POST,
                new HttpEntity<>(Map.of("variables", variables)), OBJECT);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).containsEntry("message", "Ngày hoạt động " + VietnameseDates.format(TODAY.plusDays(2))
                + " không được sau ngày hôm nay (" + VietnameseDates.format(TODAY) + ").");
        assertThat(storedActivities()).isEqualTo(before);
    }

    /** One activity of a known set, recorded through the API by the given user. */
    private record Recorded(String user, String team, LocalDate date, String type, int count, int vulnerable, String detail) {
    }

    private void record(Recorded r) {
        Map<String, Object> entry = entry(r.team(), r.date(), r.type(), r.count());
        entry.put("vulnerableCount", r.vulnerable());
        entry.put("detail", r.detail());
        assertThat(post(r.user(), entry).getStatusCode()).as(r.toString()).isEqualTo(HttpStatus.CREATED);
    }

    /** Each type's count and vulnerable, and the vulnerable total, grew by exactly what the counted part of the set adds up to. */
    private static void assertGrewBy(Map<String, Object> before, Map<String, Object> after, List<Recorded> set,
                                     Predicate<Recorded> counted) {
        List<Map<String, Object>> totalsBefore = totals(before);
        List<Map<String, Object>> totalsAfter = totals(after);
        long vulnerableAdded = 0;
        for (int i = 0; i < totalsAfter.size(); i++) {
            String type = (String) totalsAfter.get(i).get("type");
            long count = set.stream().filter(counted).filter(r -> r.type().equals(type)).mapToLong(Recorded::count).sum();
            long vulnerable = set.stream().filter(counted).filter(r -> r.type().equals(type)).mapToLong(Recorded::vulnerable).sum();
            assertThat(number(totalsAfter.get(i), "count") - number(totalsBefore.get(i), "count")).as(type + " count").isEqualTo(count);
            assertThat(number(totalsAfter.get(i), "vulnerable") - number(totalsBefore.get(i), "vulnerable")).as(type + " vulnerable")
                    .isEqualTo(vulnerable);
            vulnerableAdded += vulnerable;
        }
        assertThat(number(after, "vulnerableTotal") - number(before, "vulnerableTotal")).isEqualTo(vulnerableAdded);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> totals(Map<String, Object> summary) {
        return (List<Map<String, Object>>) summary.get("totals");
    }

    private static long number(Map<String, Object> map, String key) {
        return ((Number) map.get(key)).longValue();
    }

    private void assertRefused(String user, Map<String, Object> entry, HttpStatus status, String message) {
        long before = storedActivities();
        ResponseEntity<Map<String, Object>> response = post(user, entry);
        assertThat(response.getStatusCode()).as(message).isEqualTo(status);
        assertThat(response.getBody()).containsOnlyKeys("status", "message").containsEntry("message", message);
        assertThat(storedActivities()).isEqualTo(before);
    }

    private long storedActivities() {
        return jdbc.queryForObject("select count(*) from activity", Long.class);
    }

    private static Map<String, Object> entry(String team, LocalDate date, String type, int count) {
        Map<String, Object> entry = new HashMap<>();
        entry.put("teamCode", team);
        entry.put("date", date.toString());
        entry.put("type", type);
        entry.put("count", count);
        return entry;
    }

    private ResponseEntity<Map<String, Object>> post(String user, Map<String, Object> body) {
        return as(user).exchange(ACTIVITIES, HttpMethod.POST, ScriptRequests.json(body), OBJECT);
    }

    private <T> ResponseEntity<T> get(String user, String url, ParameterizedTypeReference<T> type) {
        return as(user).exchange(url, HttpMethod.GET, null, type);
    }

    private TestRestTemplate as(String user) {
        return rest.withBasicAuth(user, "demo");
    }
}
