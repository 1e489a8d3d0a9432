package vn.digitalteams.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.digitalteams.IntegrationTest;
import vn.digitalteams.shared.VietnameseDates;

/**
 * Bad input, by kind, at every door a user has: the start forms, the task forms and {@code /api}, through
 * HTTP as the demo users. Each answer is a 4xx with a Vietnamese sentence (never an engine code, a Java
 * exception or a message key), nothing is written (our tables' rows and the engine's instances and tasks
 * are counted before and after), and the app stays healthy.
 */
@IntegrationTest
class BadInputCatalogueTest {

    static final String START = "/engine-rest/process-definition/key/%s/start";
    static final List<String> TABLES = List.of("registration_case", "withdrawal_case", "scam_report", "scam_reporter",
            "scam_evidence", "scam_warning", "activity", "reporting_cycle", "village_report", "person", "membership",
            "document", "act_hi_procinst", "act_ru_task");
    private static final AtomicInteger SERIAL = new AtomicInteger(850_000);
    private static final String TODAY = LocalDate.now(VietnameseDates.ZONE).toString();
    private static final String TOMORROW = LocalDate.now(VietnameseDates.ZONE).plusDays(1).toString();

    @Autowired TestRestTemplate rest;
    @Autowired JdbcTemplate jdbc;

    private String approvalTask;
    private String policeTask;
    private String scamCase;

    /** Run inside the test (the coverage recorder refuses instances started before one). */
    private void openACaseAwaitingTheChairmanAndOneAwaitingThePolice() {
        String caseKey = (String) start("totruong-ban-05", "membership-registration", referral()).getBody().get("businessKey");
        approvalTask = taskOf("chutich", caseKey);
        scamCase = (String) start("totruong-ban-05", "scam-report", scam()).getBody().get("businessKey");
        policeTask = taskOf("congan", scamCase);
    }

    @TestFactory
    Stream<DynamicTest> everyBadInputIsAVietnamese4xxAndWritesNothing() {
        openACaseAwaitingTheChairmanAndOneAwaitingThePolice();
        List<Bad> catalogue = new ArrayList<>();
        String referral = String.format(START, "membership-registration");
        // The referral's start form: each field's kinds of fault
        catalogue.add(startWith("no name", referral, r -> r.remove("fullName"), 400, "Vui lòng nhập Họ và tên"));
        catalogue.add(startWith("a name of two zero-width spaces", referral, r -> r.put("fullName", "\u200b\u200b"), 400,
                "Vui lòng nhập Họ và tên"));
        catalogue.add(startWith("a name written as the number 42", referral, r -> r.put("fullName", 42), 400,
                "Họ và tên phải là chữ"));
        catalogue.add(startWith("a name that is the text 42", referral, r -> r.put("fullName", "42"), 400,
                "Họ và tên chỉ gồm chữ cái"));
        catalogue.add(startWith("a name with digits", referral, r -> r.put("fullName", "Lò Văn 2"), 400,
                "Họ và tên chỉ gồm chữ cái"));
        catalogue.add(startWith("a name with an emoji", referral, r -> r.put("fullName", "Lò Thị 😀"), 400,
                "Họ và tên có ký tự \"😀\" không in được"));
        catalogue.add(startWith("an occupation with an emoji", referral, r -> r.put("occupation", "Nông dân 🌾"), 400,
                "Nghề nghiệp có ký tự \"🌾\" không in được"));
        catalogue.add(startWith("HTML in a name", referral, r -> r.put("fullName", "<b>Lò</b> Văn"), 400,
                "Họ và tên chỉ gồm chữ cái"));
        catalogue.add(startWith("SQL in a name", referral, r -> r.put("fullName", "Lò'; DROP TABLE person;--"), 400,
                "Họ và tên chỉ gồm chữ cái"));
        catalogue.add(startWith("a name of 101 characters", referral, r -> r.put("fullName", "a".repeat(101)), 400,
                "Họ và tên không được dài quá 100 ký tự"));
        catalogue.add(startWith("a 600 KB name", referral, r -> r.put("fullName", "a".repeat(600_000)), 400,
                "Họ và tên không được dài quá 100 ký tự"));
        catalogue.add(startWith("the 31st of February", referral, r -> r.put("birthDate", "31/02/1990"), 400,
                "Ngày sinh phải là một ngày hợp lệ"));
        catalogue.add(startWith("a birth date as an instant", referral, r -> r.put("birthDate", "1995-06-14T17:00:00.000Z"), 400,
                "Ngày sinh phải là một ngày, dạng ngày/tháng/năm"));
        catalogue.add(startWith("a birth date in the future", referral, r -> r.put("birthDate", TOMORROW), 400,
                "Ngày sinh"));
        catalogue.add(startWith("a child of ten", referral, r -> r.put("birthDate", LocalDate.now().minusYears(10).toString()),
                400, "phải từ 14 tuổi"));
        catalogue.add(startWith("a gender the form does not offer", referral, r -> r.put("gender", "robot"), 400,
                "Giới tính: \"robot\" không có trong các lựa chọn"));
        catalogue.add(startWith("a five-digit citizen id", referral, r -> r.put("citizenId", "12345"), 400,
                "phải gồm đúng 12 chữ số"));
        catalogue.add(startWith("a citizen id as a number", referral, r -> r.put("citizenId", 40196812345L), 400,
                "Số CCCD (12 chữ số) phải là chữ"));
        catalogue.add(startWith("a citizen id of a man for a woman", referral,
                r -> r.put("citizenId", "040096" + SERIAL.getAndIncrement()), 400, "không khớp với năm sinh hoặc giới tính"));
        catalogue.add(startWith("a village the form does not offer", referral, r -> r.put("villageCode", "ban-99"), 400,
                "\"ban-99\" không có trong các lựa chọn"));
        catalogue.add(startWith("a team that does not exist", referral, r -> r.put("teamCode", "no-such-team"), 400,
                "Không tìm thấy tổ công nghệ số cộng đồng có mã \"no-such-team\""));
        catalogue.add(startWith("another commune's team", referral, r -> r.put("teamCode", "tam-thai-ban-01"), 400,
                "không thuộc xã của bạn"));
        catalogue.add(startWith("another leader's team", referral, r -> r.put("teamCode", "tam-quang-ban-02"), 403,
                "Chỉ tổ trưởng của Tổ công nghệ số cộng đồng bản 02"));
        catalogue.add(startWith("a variable the form does not have", referral, r -> r.put("communeCode", "tam-thai"), 400,
                "Biểu mẫu không có trường \"communeCode\""));
        catalogue.add(startWith("a yes/no field as text", referral, r -> r.put("isStudent", "yes"), 400,
                "Là học sinh chỉ nhận Có hoặc Không"));
        catalogue.add(startWith("a phone of five digits", referral, r -> r.put("phone", "12345"), 400,
                "Số điện thoại \"12345\" không hợp lệ"));
        catalogue.add(startWith("no referral reason", referral, r -> r.remove("referralReason"), 400,
                "Vui lòng nhập Lý do giới thiệu"));
        catalogue.add(startWith("a referral reason of 1,001 characters", referral,
                r -> r.put("referralReason", "x".repeat(1001)), 400, "Lý do giới thiệu không được dài quá 1.000 ký tự"));
        catalogue.add(bad("a case number of one's own choosing", "totruong-ban-05", HttpMethod.POST, referral,
                Map.of("businessKey", "TV-FAKE", "variables", typed(referral())), 400, "Không được tự đặt số hồ sơ"));
        catalogue.add(bad("start instructions", "totruong-ban-05", HttpMethod.POST, referral,
                Map.of("startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "admitMember")),
                        "variables", typed(referral())), 403, "không được dùng chức năng này"));
        catalogue.add(bad("variables as a list", "totruong-ban-05", HttpMethod.POST, referral,
                Map.of("variables", List.of("fullName")), 400, "không đúng định dạng của biểu mẫu"));
        catalogue.add(bad("a body that is not JSON", "totruong-ban-05", HttpMethod.POST, referral, "fullName=Lò",
                400, "không đúng định dạng của biểu mẫu"));
        catalogue.add(startWith("a Java-serialized object", referral, r -> r.put("fullName",
                Map.of("value", "rO0ABXQAA0FiYw==", "type", "Object", "valueInfo",
                        Map.of("serializationDataFormat", "application/x-java-serialized-object"))), 400,
                "Họ và tên: giá trị gửi lên không hợp lệ"));
        // Leaving a team
        String withdrawal = String.format(START, "membership-withdrawal");
        catalogue.add(bad("someone who is not a member", "totruong-ban-05", HttpMethod.POST, withdrawal,
                Map.of("variables", typed(withdrawal("040090999999"))), 400, "Không tìm thấy thành viên có số CCCD"));
        catalogue.add(bad("no reason to leave", "totruong-ban-05", HttpMethod.POST, withdrawal,
                Map.of("variables", typed(without(withdrawal("040090999999"), "reason"))), 400, "Vui lòng nhập"));
        catalogue.add(bad("a request date that is no date", "totruong-ban-05", HttpMethod.POST, withdrawal,
                Map.of("variables", typed(with(withdrawal("040090999999"), "requestDate", "hôm qua"))), 400,
                "Ngày thành viên làm đơn phải là một ngày, dạng ngày/tháng/năm"));
        catalogue.add(bad("the membership id the form no longer has", "totruong-ban-05", HttpMethod.POST, withdrawal,
                Map.of("variables", typed(with(withdrawal("040090999999"), "membershipId", 1))), 400,
                "Biểu mẫu không có trường \"membershipId\""));
        // A scam report
        String scam = String.format(START, "scam-report");
        catalogue.add(startScamWith("a category the form does not offer", scam, r -> r.put("category", "ufo"), 400,
                "\"ufo\" không có trong các lựa chọn"));
        catalogue.add(startScamWith("no channel", scam, r -> r.remove("channel"), 400, "Vui lòng nhập"));
        catalogue.add(startScamWith("a description of 19 characters", scam, r -> r.put("description", "Gọi điện lừa tiền."),
                400, "ít nhất 20 ký tự"));
        catalogue.add(startScamWith("a description of zero-width spaces", scam, r -> r.put("description", "\u200b".repeat(30)),
                400, "Vui lòng nhập"));
        catalogue.add(startScamWith("a negative loss", scam, r -> r.put("amountLost", -1), 400, "phải là số nguyên từ 0"));
        catalogue.add(startScamWith("a loss with a fraction", scam, r -> r.put("amountLost", 1.5), 400, "phải là số nguyên"));
        catalogue.add(startScamWith("a loss written as text", scam, r -> r.put("amountLost", "1000"), 400, "phải là một số"));
        catalogue.add(startScamWith("a date in the future", scam, r -> r.put("occurredOn", TOMORROW), 400,
                "Ngày xảy ra không được sau ngày hôm nay"));
        catalogue.add(startScamWith("a village the form does not offer", scam, r -> r.put("villageCode", "ban-99"), 400,
                "\"ban-99\" không có trong các lựa chọn"));
        catalogue.add(startScamWith("a reporter's phone that is no phone", scam, r -> r.put("reporterPhone", "abc"), 400,
                "Số điện thoại \"abc\" không hợp lệ"));
        catalogue.add(startScamWith("evidence as a file variable", scam, r -> r.put("evidence",
                Map.of("value", "/9j/4AAQ", "type", "File", "valueInfo", Map.of("filename", "a.jpg"))), 400,
                "Biểu mẫu không có trường \"evidence\""));
        catalogue.add(startScamWith("money still moving as text", scam, r -> r.put("moneyStillMoving", "true"), 400,
                "chỉ nhận Có hoặc Không"));
        // A reporting cycle and an activity
        String cycle = String.format(START, "periodic-report");
        catalogue.add(bad("the 13th month", "chutich", HttpMethod.POST, cycle,
                Map.of("variables", typed(Map.of("period", "2026-13", "dueDate", "31/12/2030"))), 400, "2026-13"));
        catalogue.add(bad("a period that has not begun", "chutich", HttpMethod.POST, cycle,
                Map.of("variables", typed(Map.of("period", "2099-01", "dueDate", "31/12/2099"))), 400, "chưa bắt đầu"));
        catalogue.add(bad("a due date in the past", "chutich", HttpMethod.POST, cycle,
                Map.of("variables", typed(Map.of("period", "2024-01", "dueDate", "01/01/2024"))), 400, "Hạn nộp"));
        catalogue.add(bad("another commune named", "chutich", HttpMethod.POST, cycle,
                Map.of("variables", typed(Map.of("period", "2024-01", "dueDate", "31/12/2030", "communeCode", "tam-thai"))),
                400, "Biểu mẫu không có trường \"communeCode\""));
        catalogue.add(bad("a village leader opening a cycle", "totruong-ban-05", HttpMethod.POST, cycle,
                Map.of("variables", typed(Map.of("period", "2024-01", "dueDate", "31/12/2030"))), 403, "không có quyền"));
        String activity = String.format(START, "activity-record");
        catalogue.add(startActivityWith("no one helped", activity, a -> a.put("count", 0), 400, "từ 1 đến 10.000"));
        catalogue.add(startActivityWith("ten thousand and one helped", activity, a -> a.put("count", 10_001), 400,
                "từ 1 đến 10.000"));
        catalogue.add(startActivityWith("a type the form does not offer", activity, a -> a.put("type", "karaoke"), 400,
                "\"karaoke\" không có trong các lựa chọn"));
        catalogue.add(startActivityWith("a date in the future", activity, a -> a.put("date", TOMORROW), 400,
                "không được sau ngày hôm nay"));
        catalogue.add(startActivityWith("more vulnerable people than people", activity, a -> a.put("vulnerableCount", 9),
                400, "phải từ 0 đến Số lượng (4)"));
        catalogue.add(startActivityWith("a wallet the form does not offer", activity,
                a -> { a.put("type", "e-wallet"); a.put("wallet", "paypal"); }, 400, "\"paypal\" không có trong các lựa chọn"));
        // Task forms: the Chairman's approval and the police's review
        catalogue.add(complete("an approval that is neither yes nor no", "chutich", () -> approvalTask,
                Map.of("approved", "maybe"), 400, "\"maybe\" không có trong các lựa chọn"));
        catalogue.add(complete("a refusal without a reason", "chutich", () -> approvalTask,
                Map.of("approved", "false"), 400, "Vui lòng nhập Lý do không đồng ý"));
        catalogue.add(complete("an approval carrying another commune's team", "chutich", () -> approvalTask,
                Map.of("approved", "true", "teamCode", "tam-thai-ban-02"), 400, "Biểu mẫu không có trường \"teamCode\""));
        catalogue.add(complete("a note of 1,001 characters", "chutich", () -> approvalTask,
                Map.of("approved", "true", "decisionNote", "x".repeat(1001)), 400, "không được dài quá 1.000 ký tự"));
        catalogue.add(complete("a village leader on the Chairman's task", "totruong-ban-05", () -> approvalTask,
                Map.of("approved", "true"), 404, "Không tìm thấy"));
        catalogue.add(complete("another commune's Chairman on it", "chutich-tamthai", () -> approvalTask,
                Map.of("approved", "true"), 404, "Không tìm thấy"));
        catalogue.add(complete("a police review with no action", "congan", () -> policeTask,
                Map.of("outcome", "handled"), 400, "Vui lòng đánh dấu ít nhất một việc đã làm"));
        catalogue.add(complete("an outcome the form does not offer", "congan", () -> policeTask,
                Map.of("actionCalledReporter", true, "outcome", "forgiven"), 400, "\"forgiven\" không có trong các lựa chọn"));
        catalogue.add(complete("a warning where no offence was found", "congan", () -> policeTask,
                Map.of("actionNoOffence", true, "outcome", "no-offence", "warningApproved", true,
                        "warningPattern", "Gọi điện giả danh công an", "warningAdvice", "Không chuyển tiền."), 400, "vi phạm"));
        catalogue.add(complete("a warning without its pattern", "congan", () -> policeTask,
                Map.of("actionCalledReporter", true, "outcome", "handled", "warningApproved", true), 400, "Vui lòng nhập"));
        // Our own API
        catalogue.add(api("an activity count as text", "totruong-ban-05", HttpMethod.POST, "/api/activities",
                activityBody(a -> a.put("count", "abc")), 400, "phải là số nguyên"));
        catalogue.add(api("an activity on the 31st of February", "totruong-ban-05", HttpMethod.POST, "/api/activities",
                activityBody(a -> a.put("date", "31/02/2026")), 400, "Ngày hoạt động phải là một ngày hợp lệ"));
        catalogue.add(api("an activity of a team that does not exist", "totruong-ban-05", HttpMethod.POST, "/api/activities",
                activityBody(a -> a.put("teamCode", "no-such-team")), 400, "Không tìm thấy tổ công nghệ số cộng đồng"));
        catalogue.add(api("an activity body that is not JSON", "totruong-ban-05", HttpMethod.POST, "/api/activities",
                "{\"count\": ", 400, "Nội dung yêu cầu không hợp lệ"));
        catalogue.add(api("an activity note of 1,001 characters", "totruong-ban-05", HttpMethod.POST, "/api/activities",
                activityBody(a -> a.put("note", "x".repeat(1001))), 400, "không được dài quá 1.000 ký tự"));
        catalogue.add(api("another commune's activity", "totruong-tamthai-ban-01", HttpMethod.POST, "/api/activities",
                activityBody(a -> { }), 403, "không thuộc xã của bạn"));
        catalogue.add(api("another commune's teams", "chutich", HttpMethod.GET, "/api/teams?commune=tam-thai", null, 403,
                "Bạn không có quyền xem dữ liệu của xã tam-thai"));
        catalogue.add(api("a summary from the 13th month", "chutich", HttpMethod.GET,
                "/api/activities/summary?from=2026-13-01", null, 400, "không đúng định dạng"));
        catalogue.add(api("evidence that is a script", "totruong-ban-05", HttpMethod.POST, null,
                "<script>alert(1)</script>", 400, "phải là ảnh"));
        Bad noHeader = new Bad("an /api write without X-Requested-With", "totruong-ban-05", HttpMethod.POST,
                () -> "/api/activities", activityBody(a -> { }), 403, "X-Requested-With", false);
        catalogue.add(noHeader);

        assertThat(catalogue).hasSizeGreaterThanOrEqualTo(60);
        return catalogue.stream().map(bad -> DynamicTest.dynamicTest(bad.name(), () -> check(bad)));
    }

    private void check(Bad bad) {
        Map<String, Long> before = counts();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(bad.body() instanceof String ? MediaType.TEXT_PLAIN : MediaType.APPLICATION_JSON);
        if (bad.url().startsWith("/api/scam-reports")) {
            headers.setContentType(MediaType.IMAGE_JPEG);
        }
        if (bad.scripted()) {
            headers.set("X-Requested-With", "XMLHttpRequest");
        }
        if (bad.body() instanceof String && bad.url().startsWith("/api/activities")) {
            headers.setContentType(MediaType.APPLICATION_JSON);
        }
        ResponseEntity<Map> answer = rest.withBasicAuth(bad.user(), "demo").exchange(bad.url(), bad.method(),
                new HttpEntity<>(bad.body(), headers), Map.class);

        assertThat(answer.getStatusCode().value()).as("status").isEqualTo(bad.status());
        String message = String.valueOf(answer.getBody().get("message"));
        assertThat(message).as("message").contains(bad.says()).doesNotContain("ENGINE-").doesNotContain("Exception")
                .doesNotMatch("^[a-z]+(\\.[a-zA-Z]+)+.*");
        assertThat(counts()).as("nothing written").isEqualTo(before);
        assertThat(rest.getForObject("/actuator/health", String.class)).contains("\"UP\"");
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        TABLES.forEach(table -> counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class)));
        return counts;
    }

    private Bad startWith(String name, String url, Consumer<Map<String, Object>> spoil, int status, String says) {
        Map<String, Object> values = referral();
        spoil.accept(values);
        return bad(name, "totruong-ban-05", HttpMethod.POST, url, Map.of("variables", typed(values)), status, says);
    }

    private Bad startScamWith(String name, String url, Consumer<Map<String, Object>> spoil, int status, String says) {
        Map<String, Object> values = scam();
        spoil.accept(values);
        return bad(name, "totruong-ban-05", HttpMethod.POST, url, Map.of("variables", typed(values)), status, says);
    }

    private Bad startActivityWith(String name, String url, Consumer<Map<String, Object>> spoil, int status, String says) {
        Map<String, Object> values = new HashMap<>(Map.of("date", TODAY, "type", "household-visit", "count", 4,
                "vulnerableCount", 1));
        spoil.accept(values);
        return bad(name, "totruong-ban-05", HttpMethod.POST, url, Map.of("variables", typed(values)), status, says);
    }

    private Bad complete(String name, String user, java.util.function.Supplier<String> task, Map<String, Object> values,
                         int status, String says) {
        return new Bad(name, user, HttpMethod.POST, () -> "/engine-rest/task/" + task.get() + "/complete",
                Map.of("variables", typed(values)), status, says, false);
    }

    private Bad api(String name, String user, HttpMethod method, String url, Object body, int status, String says) {
        return new Bad(name, user, method, () -> url != null ? url : "/api/scam-reports/" + scamCase + "/evidence", body,
                status, says, true);
    }

    private static Bad bad(String name, String user, HttpMethod method, String url, Object body, int status, String says) {
        return new Bad(name, user, method, () -> url, body, status, says, false);
    }

    private static Map<String, Object> activityBody(Consumer<Map<String, Object>> spoil) {
        Map<String, Object> body = new HashMap<>(Map.of("teamCode", "tam-quang-ban-05", "date", TODAY,
                "type", "household-visit", "count", 4));
        spoil.accept(body);
        return body;
    }

    private ResponseEntity<Map> start(String user, String process, Map<String, Object> values) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<Map> started = rest.withBasicAuth(user, "demo").exchange(String.format(START, process),
                HttpMethod.POST, new HttpEntity<>(Map.of("variables", typed(values)), headers), Map.class);
        assertThat(started.getStatusCode().value()).as(String.valueOf(started.getBody())).isEqualTo(200);
        return started;
    }

    private String taskOf(String user, String caseKey) {
        List<?> tasks = rest.withBasicAuth(user, "demo").getForObject("/engine-rest/task?processInstanceBusinessKey=" + caseKey,
                List.class);
        return (String) ((Map<?, ?>) tasks.get(0)).get("id");
    }

    private static Map<String, Object> referral() {
        return new HashMap<>(Map.of("fullName", "Lò Thị Mười Hai", "birthDate", "08/03/1996", "gender", "female",
                "citizenId", "040196" + SERIAL.getAndIncrement(), "villageCode", "ban-05",
                "referralReason", "Biết dùng điện thoại thông minh, muốn giúp bà con."));
    }

    private static Map<String, Object> scam() {
        return new HashMap<>(Map.of("villageCode", "ban-05", "category", "impersonation", "channel", "phone",
                "occurredOn", TODAY, "description", "Có người gọi điện xưng là cán bộ, đề nghị chuyển tiền.",
                "scammerContact", "0888 000 " + (100 + SERIAL.getAndIncrement() % 900), "amountLost", 0,
                "moneyStillMoving", false));
    }

    private static Map<String, Object> withdrawal(String citizenId) {
        return new HashMap<>(Map.of("citizenId", citizenId, "requestDate", TODAY, "reason", "Chuyển đi làm ăn xa."));
    }

    private static Map<String, Object> with(Map<String, Object> values, String name, Object value) {
        values.put(name, value);
        return values;
    }

    private static Map<String, Object> without(Map<String, Object> values, String name) {
        values.remove(name);
        return values;
    }

    /** Values as engine REST takes variables; a value that is already a variable (with its type) as it is. */
    private static Map<String, Object> typed(Map<String, Object> values) {
        Map<String, Object> typed = new HashMap<>();
        values.forEach((name, value) -> typed.put(name, value instanceof Map<?, ?> variable && variable.containsKey("type")
                ? variable : Map.of("value", value)));
        return typed;
    }

    /** One bad input: who sends what where, and the status and the words of the refusal. */
    record Bad(String name, String user, HttpMethod method, java.util.function.Supplier<String> urlOf, Object body,
               int status, String says, boolean scripted) {
        String url() {
            return urlOf.get();
        }
    }
}
