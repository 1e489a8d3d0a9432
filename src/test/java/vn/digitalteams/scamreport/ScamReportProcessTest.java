package vn.digitalteams.scamreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.within;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.digitalteams.CaseActions;
import vn.digitalteams.IntegrationTest;
import vn.digitalteams.TestUsers;
import vn.digitalteams.shared.VietnameseDates;

/** Every path of processes/scam-report.bpmn, on the real engine, services and database. */
@IntegrationTest
class ScamReportProcessTest {

    private static final String PROCESS = "scam-report";

    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired CaseActions cases;
    @Autowired TestUsers users;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void useTheApplicationsEngine() {
        cases.assertOnTheApplicationsEngine();
    }

    @Test
    void moneyStillMovingIsUrgentForThePoliceWithinFourHours() {
        Map<String, Object> report = report("investment-fraud", 3_000_000L);
        report.put("moneyStillMoving", true);
        Instant before = Instant.now();
        ProcessInstance instance = cases.startAs("totruong-ban-01", PROCESS, report);

        assertThat(instance.getBusinessKey()).matches("LD-\\d{4}-\\d{4}");
        assertThat(instance.getTenantId()).isEqualTo("tam-quang");
        assertThat(instance).hasPassed("triageReport").isWaitingAt("reviewReport").task()
                .hasCandidateGroup("police").hasName("Xác minh, xử lý phản ánh " + instance.getBusinessKey() + " (Khẩn cấp)");
        assertThat(instance).variables().containsEntry("severity", "urgent").containsEntry("responseHours", 4)
                .containsEntry("filedBy", "totruong-ban-01").containsEntry("categoryLabel", "Lừa đảo đầu tư, sàn thương mại điện tử giả")
                .containsEntry("amountLostText", "3.000.000 đồng").doesNotContainKey("triage");
        assertThat(task(instance).getDueDate().toInstant()).isCloseTo(before.plus(4, ChronoUnit.HOURS), within(1, ChronoUnit.MINUTES));
    }

    @Test
    void aLargeLossIsHighWithinADay() {
        ProcessInstance instance = cases.startAs("totruong-ban-02", PROCESS, report("job-scam", 15_000_000L));

        assertThat(instance).variables().containsEntry("severity", "high").containsEntry("responseHours", 24);
        assertThat(task(instance).getName()).endsWith("(Cao)");
    }

    @Test
    void harmfulContentWithoutLossIsNormalWithinThreeDays() {
        ProcessInstance instance = cases.startAs("vanhoa", PROCESS, report("harmful-content", 0L));

        assertThat(instance).variables().containsEntry("severity", "normal").containsEntry("responseHours", 72)
                .containsEntry("filedBy", "vanhoa");
    }

    @Test
    void handledInTimeTheFilerInformsTheResidentAndNoWarningGoesOut() {
        ProcessInstance instance = cases.startAs("totruong-ban-03", PROCESS, report("fake-app", 500_000L));

        cases.completeAs("congan", "reviewReport", instance, handled(false));

        assertThat(instance).hasPassed("warningDecided", "warningHandled").hasNotPassed("publishWarning", "escalateReview")
                .isWaitingAt("informResident").task().isAssignedTo("totruong-ban-03");
        assertThat(instance).variables().containsEntry("handledInTime", true).containsEntry("outcomeLabel", "Đã xử lý xong")
                .containsEntry("actionsText", "Đã gọi điện cho người phản ánh; Đã đề nghị chặn số điện thoại, tài khoản");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isOne();
        cases.completeAs("totruong-ban-03", "informResident", instance, Map.of("informNote", "Đã gọi điện báo bà con."));
        assertThat(instance).isEnded().hasPassed("reportClosed");
    }

    @Test
    void anApprovedWarningIsPublishedWithoutTheReporter() {
        Map<String, Object> report = report("impersonation", 2_000_000L);
        ProcessInstance instance = cases.startAs("totruong-ban-04", PROCESS, report);
        String pattern = "Gọi điện xưng là công an, yêu cầu cài ứng dụng lạ " + UUID.randomUUID();

        Map<String, Object> review = handled(true);
        review.put("warningPattern", pattern);
        review.put("warningAdvice", "Công an không làm việc qua điện thoại; không cài ứng dụng theo hướng dẫn của người lạ.");
        cases.completeAs("congan", "reviewReport", instance, review);

        assertThat(instance).hasPassed("publishWarning", "warningHandled").isWaitingAt("informResident");
        Map<String, Object> row = jdbc.queryForMap("select * from scam_warning where pattern = ?", pattern);
        assertThat(row).containsEntry("COMMUNE_CODE", "tam-quang").containsEntry("CATEGORY", "impersonation")
                .containsEntry("CHANNEL", "phone");
        assertThat(row.values().toString()).doesNotContain("0912345678").doesNotContain("Lò Thị Phản Ánh");
    }

    @Test
    void whenTheDeadlinePassesTheChiefGetsATaskAndReassignsIt() {
        ProcessInstance instance = cases.startAs("totruong-ban-05", PROCESS, report("deepfake", 1_000_000L));

        execute(job("reviewOverdue", instance));

        assertThat(instance).isWaitingAt("reviewReport", "escalateReview");
        assertThat(instance).task("escalateReview").hasCandidateGroup("police-chief");
        cases.completeAs("truongcongan", "escalateReview", instance, Map.of("chiefAction", "reassign", "officerId", "congan"));

        assertThat(instance).hasPassed("escalationHandled").isWaitingAt("reviewReport").task("reviewReport").isAssignedTo("congan");
        cases.completeAs("congan", "reviewReport", instance, handled(false));
        assertThat(instance).variables().containsEntry("handledBy", "congan").containsEntry("reassignedTo", "congan");
    }

    @Test
    void theChiefMayTakeTheOverdueReportOver() {
        ProcessInstance instance = cases.startAs("totruong-ban-06", PROCESS, report("loan-threat", 0L));
        execute(job("reviewOverdue", instance));

        cases.completeAs("truongcongan", "escalateReview", instance, Map.of("chiefAction", "takeOver"));

        assertThat(instance).task("reviewReport").isAssignedTo("truongcongan");
    }

    @Test
    void theChiefCannotHandTheReportToSomeoneOutsideTheCommunePolice() {
        ProcessInstance instance = cases.startAs("totruong-ban-06", PROCESS, report("loan-threat", 0L));
        execute(job("reviewOverdue", instance));

        for (String outsider : List.of("congan-tamthai", "chutich")) {
            Throwable refusal = catchThrowable(() -> cases.completeAs("truongcongan", "escalateReview", instance,
                    Map.of("chiefAction", "reassign", "officerId", outsider)));
            assertThat(CaseActions.vietnameseMessageOf(refusal)).isEqualTo("\"" + outsider + "\" không phải cán bộ Công an của xã.");
        }
        assertThat(instance).isWaitingAt("reviewReport", "escalateReview");
    }

    @Test
    void theChiefReassignsInTasklistDirectlyButOthersMayNot() {
        ProcessInstance instance = cases.startAs("totruong-ban-07", PROCESS, report("other", 0L));
        String taskId = task(instance).getId();

        users.login("truongcongan");
        try {
            taskService.setAssignee(taskId, "congan");
        } finally {
            users.logout();
        }
        assertThat(task(instance)).isAssignedTo("congan");
        for (String outsider : List.of("chutich", "vanhoa", "totruong-ban-07")) {
            users.login(outsider);
            try {
                assertThatThrownBy(() -> taskService.setAssignee(taskId, outsider)).isInstanceOf(AuthorizationException.class);
            } finally {
                users.logout();
            }
        }
    }

    @Test
    void onlyTheCommunePoliceSeeThePoliceTask() {
        ProcessInstance instance = cases.startAs("totruong-ban-08", PROCESS, report("job-scam", 0L));

        assertThat(visibleTasks("congan", instance)).isOne();
        assertThat(visibleTasks("truongcongan", instance)).isOne();
        for (String outsider : List.of("chutich", "phochutich", "congan-tamthai", "totruong-ban-08", "totruong-xa", "vanhoa", "chutich-tamthai")) {
            assertThat(visibleTasks(outsider, instance)).as(outsider).isZero();
        }
    }

    @Test
    void noOffenceFoundEndsWithoutAWarningAndCannotPublishOne() {
        ProcessInstance instance = cases.startAs("totruong-ban-09", PROCESS, report("other", 0L));
        Map<String, Object> noOffence = new HashMap<>(Map.of("actionNoOffence", true, "outcome", "no-offence",
                "warningApproved", true, "warningPattern", "x", "warningAdvice", "y"));

        assertThat(CaseActions.vietnameseMessageOf(catchThrowable(() -> cases.completeAs("congan", "reviewReport", instance, noOffence))))
                .isEqualTo("Không phát cảnh báo khi kết luận không phát hiện vi phạm.");
        assertThat(CaseActions.vietnameseMessageOf(catchThrowable(() -> cases.completeAs("congan", "reviewReport", instance,
                Map.of("outcome", "handled"))))).isEqualTo("Vui lòng đánh dấu ít nhất một việc đã làm.");

        noOffence.put("warningApproved", false);
        cases.completeAs("congan", "reviewReport", instance, noOffence);
        assertThat(instance).hasNotPassed("publishWarning").isWaitingAt("informResident");
        assertThat(instance).variables().containsEntry("outcomeLabel", "Không phát hiện vi phạm");
    }

    @Test
    void aResidentMayReportAnonymously() {
        Map<String, Object> report = report("fake-recovery", 0L);
        report.remove("reporterName");
        report.remove("reporterPhone");

        ProcessInstance instance = cases.startAs("totruong-ban-10", PROCESS, report);

        assertThat(instance).isWaitingAt("reviewReport").variables().containsEntry("reporterDisplay", "(ẩn danh)")
                .containsEntry("reporterPhoneText", "(không để lại số điện thoại)");
        assertThat(runtimeService.getVariable(instance.getId(), "reporterPhone")).isNull();
    }

    @Test
    void aReportAboutTheSameScammerIsLinkedToTheOpenOnesOfTheCommune() {
        String number = "09" + String.format("%08d", (int) (Math.random() * 100_000_000));
        Map<String, Object> first = report("impersonation", 0L);
        first.put("scammerContact", number);
        Map<String, Object> second = report("impersonation", 0L);
        second.put("scammerContact", "+84 " + number.substring(1, 4) + " " + number.substring(4));
        Map<String, Object> elsewhere = report("impersonation", 0L);
        elsewhere.put("scammerContact", number);
        elsewhere.put("villageCode", "ban-01");

        ProcessInstance earlier = cases.startAs("totruong-ban-11", PROCESS, first);
        ProcessInstance later = cases.startAs("totruong-ban-12", PROCESS, second);
        ProcessInstance otherCommune = cases.startAs("totruong-tamthai-ban-01", PROCESS, elsewhere);

        assertThat(earlier).variables().containsEntry("hasLinkedCases", false);
        assertThat(later).variables().containsEntry("linkedCases", earlier.getBusinessKey()).containsEntry("hasLinkedCases", true);
        assertThat(otherCommune).variables().containsEntry("hasLinkedCases", false);
    }

    @Test
    void evidenceMayBeAPhotoOrPdfOfAtMostFiveMegabytes() {
        Map<String, Object> report = report("fake-app", 0L);
        report.put("evidence", Variables.fileValue("chup-man-hinh.png").file(png(1000)).mimeType("image/png").create());

        ProcessInstance instance = cases.startAs("totruong-ban-13", PROCESS, report);

        assertThat(instance).variables().containsEntry("evidenceKind", "png");
    }

    @Test
    void badInputIsRefusedInVietnameseBeforeAnyInstanceExists() {
        long before = runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS).count();
        Map<String, Object> noDescription = report("other", 0L);
        noDescription.remove("description");
        Map<String, Object> shortDescription = report("other", 0L);
        shortDescription.put("description", "Bị lừa.");
        Map<String, Object> negative = report("other", -1L);
        Map<String, Object> oversize = report("other", 0L);
        oversize.put("evidence", Variables.fileValue("anh.jpg").file(jpeg(5 * 1024 * 1024 + 1)).create());
        Map<String, Object> wrongType = report("other", 0L);
        wrongType.put("evidence", Variables.fileValue("anh.jpg").file("MZ not an image".getBytes()).mimeType("image/jpeg").create());
        Map<String, Object> unknownCategory = report("lottery", 0L);
        Map<String, Object> future = report("other", 0L);
        future.put("occurredOn", LocalDate.now(VietnameseDates.ZONE).plusDays(2).toString());
        Map<String, Object> badPhone = report("other", 0L);
        badPhone.put("reporterPhone", "12345");
        Map<String, Object> otherVillage = report("other", 0L);
        otherVillage.put("villageCode", "ban-99");

        assertThat(cases.refusalOfStart("totruong-ban-01", PROCESS, noDescription)).isEqualTo("Vui lòng nhập Mô tả sự việc.");
        assertThat(cases.refusalOfStart("totruong-ban-01", PROCESS, shortDescription))
                .isEqualTo("Mô tả sự việc cần ít nhất 20 ký tự để Công an xã xác minh được.");
        assertThat(cases.refusalOfStart("totruong-ban-01", PROCESS, negative)).isEqualTo("Số tiền bị mất phải là số nguyên từ 0 đến 1.000.000.000.000.");
        assertThat(cases.refusalOfStart("totruong-ban-01", PROCESS, oversize)).isEqualTo("Tệp bằng chứng không được lớn hơn 5 MB.");
        assertThat(cases.refusalOfStart("totruong-ban-01", PROCESS, wrongType)).isEqualTo("Tệp bằng chứng phải là ảnh (JPEG, PNG) hoặc tệp PDF.");
        assertThat(cases.refusalOfStart("totruong-ban-01", PROCESS, unknownCategory)).isEqualTo("Loại lừa đảo \"lottery\" không hợp lệ.");
        assertThat(cases.refusalOfStart("totruong-ban-01", PROCESS, future)).isEqualTo("Ngày xảy ra không được sau ngày hôm nay.");
        assertThat(cases.refusalOfStart("totruong-ban-01", PROCESS, badPhone))
                .isEqualTo("Số điện thoại \"12345\" không hợp lệ: cần 10 chữ số, bắt đầu bằng 03, 05, 07, 08 hoặc 09.");
        assertThat(cases.refusalOfStart("totruong-ban-01", PROCESS, otherVillage)).isEqualTo("Không tìm thấy bản có mã \"ban-99\" thuộc xã Tam Quang.");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS).count()).isEqualTo(before);
    }

    private long visibleTasks(String user, ProcessInstance instance) {
        users.login(user);
        try {
            return taskService.createTaskQuery().processInstanceId(instance.getId()).count();
        } finally {
            users.logout();
        }
    }

    static Map<String, Object> report(String category, long amountLost) {
        Map<String, Object> report = new HashMap<>();
        report.put("reporterName", "Lò Thị Phản Ánh");
        report.put("reporterPhone", "0912345678");
        report.put("villageCode", "ban-01");
        report.put("category", category);
        report.put("channel", "phone");
        report.put("occurredOn", LocalDate.now(VietnameseDates.ZONE).minusDays(1).toString());
        report.put("description", "Có người gọi điện xưng là cán bộ, đề nghị chuyển tiền để xác minh tài khoản.");
        report.put("scammerContact", "0" + (800_000_000 + (int) (Math.random() * 99_999_999)));
        report.put("amountLost", amountLost);
        report.put("moneyStillMoving", false);
        return report;
    }

    private static Map<String, Object> handled(boolean warning) {
        Map<String, Object> review = new HashMap<>();
        review.put("actionCalledReporter", true);
        review.put("actionBlockedNumber", true);
        review.put("outcome", "handled");
        review.put("warningApproved", warning);
        return review;
    }

    private static byte[] png(int size) {
        byte[] bytes = new byte[size];
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, 0, bytes, 0, 8);
        return bytes;
    }

    private static byte[] jpeg(int size) {
        byte[] bytes = new byte[size];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xD8;
        bytes[2] = (byte) 0xFF;
        return bytes;
    }
}
