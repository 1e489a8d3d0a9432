package vn.digitalteams.scamreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.within;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
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
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.digitalteams.CaseActions;
import vn.digitalteams.IntegrationTest;
import vn.digitalteams.TestUsers;
import vn.digitalteams.engineapi.FormView;
import vn.digitalteams.engineapi.TaskContext;
import vn.digitalteams.shared.VietnameseDates;

/**
 * Every path of processes/scam-report.bpmn, on the real engine, services and database. Most starts and
 * completions send their fields as the engine API filter does (transient: gone after the transaction);
 * some send them as plain Java API variables, which must keep working. The case's facts are asserted on
 * its record, and asserted absent from the process variables.
 */
@IntegrationTest
class ScamReportProcessTest {

    private static final String PROCESS = "scam-report";
    /** All an instance keeps: the case key, the filer (close-out assignee) and the police deadline. */
    private static final List<String> VARIABLES = List.of("caseKey", "filedBy", "policeDueDate");

    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired CaseActions cases;
    @Autowired TestUsers users;
    @Autowired JdbcTemplate jdbc;
    @Autowired ScamReportForms forms;

    @BeforeEach
    void useTheApplicationsEngine() {
        cases.assertOnTheApplicationsEngine();
    }

    @Test
    void moneyStillMovingIsUrgentForThePoliceWithinFourHours() {
        Map<String, Object> report = report("investment-fraud", 3_000_000L);
        report.put("moneyStillMoving", true);
        Instant before = Instant.now();
        ProcessInstance instance = cases.startAs("totruong-ban-01", PROCESS, submitted(report));

        assertThat(instance.getBusinessKey()).matches("LD-\\d{4}-\\d{4}");
        assertThat(instance.getTenantId()).isEqualTo("tam-quang");
        assertThat(instance).hasPassed("triageReport").isWaitingAt("reviewReport").task()
                .hasCandidateGroup("police").hasName("Xác minh, xử lý phản ánh: " + instance.getBusinessKey() + " (Khẩn cấp)");
        assertThat(record(instance)).containsEntry("SEVERITY", "urgent").containsEntry("RESPONSE_HOURS", 4)
                .containsEntry("STATUS", "IN_POLICE_HANDS").containsEntry("FILED_BY", "totruong-ban-01")
                .containsEntry("CATEGORY", "investment-fraud").containsEntry("AMOUNT_LOST", 3_000_000L)
                .containsEntry("MONEY_STILL_MOVING", true).containsEntry("VILLAGE_NAME", "Bản 01");
        assertThat(reporter(instance)).containsEntry("NAME", "Lò Thị Phản Ánh").containsEntry("PHONE", "0912345678");
        assertThat(policeDueAt(instance)).isCloseTo(before.plus(4, ChronoUnit.HOURS), within(1, ChronoUnit.MINUTES));
        assertThat(task(instance).getDueDate().toInstant()).isCloseTo(policeDueAt(instance), within(1, ChronoUnit.MILLIS));
        assertThat(task(instance).getPriority()).as("urgent first in the police's list").isEqualTo(90);
        assertThat(runtimeService.getVariables(instance.getId())).containsOnlyKeys(VARIABLES)
                .containsEntry("caseKey", instance.getBusinessKey()).containsEntry("filedBy", "totruong-ban-01");
        assertThat(form(instance, "reviewReport")).containsEntry("severityLabel", "Khẩn cấp")
                .containsEntry("categoryLabel", FormView.escape("Lừa đảo đầu tư, sàn thương mại điện tử giả"))
                .containsEntry("amountLostText", FormView.escape("3.000.000 đồng"));
    }

    @Test
    void aLargeLossIsHighWithinADay() {
        ProcessInstance instance = cases.startAs("totruong-ban-02", PROCESS, submitted(report("job-scam", 15_000_000L)));

        assertThat(record(instance)).containsEntry("SEVERITY", "high").containsEntry("RESPONSE_HOURS", 24);
        assertThat(task(instance).getName()).endsWith("(Cao)");
        assertThat(task(instance).getPriority()).isEqualTo(70);
    }

    @Test
    void harmfulContentWithoutLossIsNormalWithinThreeDays() {
        ProcessInstance instance = cases.startAs("vanhoa", PROCESS, submitted(report("harmful-content", 0L)));

        assertThat(record(instance)).containsEntry("SEVERITY", "normal").containsEntry("RESPONSE_HOURS", 72)
                .containsEntry("FILED_BY", "vanhoa");
        assertThat(task(instance).getName()).endsWith("(Bình thường)");
        assertThat(task(instance).getPriority()).isEqualTo(50);
    }

    @Test
    void theTriageDecidesOnTheRecordSoOmittedFieldsCountAsNoLossAndNothingMoving() {
        // The table reads the record (an omitted amount is 0 there); an absent variable would make it fail.
        Map<String, Object> report = report("account-takeover", 0L);
        report.remove("amountLost");
        report.remove("moneyStillMoving");

        ProcessInstance instance = cases.startAs("totruong-ban-02", PROCESS, submitted(report));

        assertThat(record(instance)).containsEntry("SEVERITY", "normal").containsEntry("AMOUNT_LOST", 0L)
                .containsEntry("MONEY_STILL_MOVING", false);
    }

    @Test
    void handledInTimeTheFilerInformsTheResidentAndNoWarningGoesOut() {
        ProcessInstance instance = cases.startAs("totruong-ban-03", PROCESS, submitted(report("fake-app", 500_000L)));

        Map<String, Object> review = handled(false);
        review.put("policeNote", "Đối tượng dùng số ảo, đã báo nhà mạng.");
        cases.completeAs("congan", "reviewReport", instance, submitted(review));

        assertThat(instance).hasPassed("warningDecided", "warningHandled").hasNotPassed("publishWarning", "escalateReview")
                .isWaitingAt("informResident").task().isAssignedTo("totruong-ban-03")
                .hasName("Báo kết quả cho người dân: " + instance.getBusinessKey());
        assertThat(record(instance)).containsEntry("STATUS", "HANDLED").containsEntry("HANDLED_IN_TIME", true)
                .containsEntry("OUTCOME", "handled").containsEntry("HANDLED_BY", "congan")
                .containsEntry("ACTIONS", "actionCalledReporter,actionBlockedNumber")
                .containsEntry("POLICE_NOTE", "Đối tượng dùng số ảo, đã báo nhà mạng.")
                .containsEntry("WARNING_APPROVED", false);
        assertThat(runtimeService.getVariables(instance.getId())).containsOnlyKeys(VARIABLES);
        assertThat(form(instance, "informResident")).containsEntry("outcomeLabel", "Đã xử lý xong")
                .containsEntry("actionsText", FormView.escape("Đã gọi điện cho người phản ánh; Đã đề nghị chặn số điện thoại, tài khoản"))
                .containsEntry("warningPublished", false);

        cases.completeAs("totruong-ban-03", "informResident", instance, submitted(Map.of("informNote", "Đã gọi điện báo bà con.")));
        assertThat(instance).isEnded().hasPassed("reportClosed");
        assertThat(record(instance)).containsEntry("STATUS", "CLOSED").containsEntry("INFORM_NOTE", "Đã gọi điện báo bà con.");
    }

    @Test
    void anApprovedWarningIsPublishedWithoutTheReporter() {
        ProcessInstance instance = cases.startAs("totruong-ban-04", PROCESS, submitted(report("impersonation", 2_000_000L)));
        String pattern = "Gọi điện xưng là công an, yêu cầu cài ứng dụng lạ " + UUID.randomUUID();

        Map<String, Object> review = handled(true);
        review.put("warningPattern", pattern);
        review.put("warningAdvice", "Công an không làm việc qua điện thoại; không cài ứng dụng theo hướng dẫn của người lạ.");
        cases.completeAs("congan", "reviewReport", instance, submitted(review));

        assertThat(instance).hasPassed("publishWarning", "warningHandled").isWaitingAt("informResident");
        Map<String, Object> row = jdbc.queryForMap("select * from scam_warning where pattern = ?", pattern);
        assertThat(row).containsEntry("COMMUNE_CODE", "tam-quang").containsEntry("CATEGORY", "impersonation")
                .containsEntry("CHANNEL", "phone");
        assertThat(row.values().toString()).doesNotContain("0912345678").doesNotContain("Lò Thị Phản Ánh");
        assertThat(record(instance)).containsEntry("WARNING_APPROVED", true).containsEntry("WARNING_PATTERN", pattern);
        assertThat(runtimeService.getVariables(instance.getId())).containsOnlyKeys(VARIABLES);
        assertThat(form(instance, "informResident")).containsEntry("warningPublished", true).containsKey("warningAdvice");
    }

    @Test
    void whenTheDeadlinePassesTheChiefGetsATaskAndReassignsIt() {
        ProcessInstance instance = cases.startAs("totruong-ban-05", PROCESS, submitted(report("deepfake", 1_000_000L)));

        execute(job("reviewOverdue", instance));

        assertThat(instance).isWaitingAt("reviewReport", "escalateReview");
        assertThat(instance).task("escalateReview").hasCandidateGroup("police-chief")
                .hasName("Phản ánh quá hạn, giao lại hoặc trực tiếp xử lý: " + instance.getBusinessKey());
        assertThat(form(instance, "escalateReview")).containsEntry("severityLabel", "Cao")
                .containsEntry("handlerName", FormView.escape("(chưa có cán bộ nhận)")).containsEntry("reporterPhoneText", "0912345678");
        cases.completeAs("truongcongan", "escalateReview", instance,
                submitted(Map.of("chiefAction", "reassign", "officerId", "congan")));

        assertThat(instance).hasPassed("escalationHandled").isWaitingAt("reviewReport").task("reviewReport").isAssignedTo("congan");
        assertThat(record(instance)).containsEntry("REASSIGNED_TO", "congan");
        cases.completeAs("congan", "reviewReport", instance, submitted(handled(false)));
        assertThat(record(instance)).containsEntry("HANDLED_BY", "congan");
    }

    @Test
    void theChiefMayTakeTheOverdueReportOver() {
        ProcessInstance instance = cases.startAs("totruong-ban-06", PROCESS, report("loan-threat", 0L));
        execute(job("reviewOverdue", instance));

        cases.completeAs("truongcongan", "escalateReview", instance, Map.of("chiefAction", "takeOver"));

        assertThat(instance).task("reviewReport").isAssignedTo("truongcongan");
        assertThat(record(instance)).containsEntry("REASSIGNED_TO", "truongcongan");
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
        assertThat(record(instance)).containsEntry("REASSIGNED_TO", null);
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
        // Plain Java API variables (persistent), as scripts and older clients send them: still routed.
        ProcessInstance instance = cases.startAs("totruong-ban-09", PROCESS, report("other", 0L));
        Map<String, Object> noOffence = new HashMap<>(Map.of("actionNoOffence", true, "outcome", "no-offence",
                "warningApproved", true, "warningPattern", "x", "warningAdvice", "y"));

        assertThat(CaseActions.vietnameseMessageOf(catchThrowable(() -> cases.completeAs("congan", "reviewReport", instance, noOffence))))
                .isEqualTo("Không phát cảnh báo khi kết luận không phát hiện vi phạm.");
        assertThat(CaseActions.vietnameseMessageOf(catchThrowable(() -> cases.completeAs("congan", "reviewReport", instance,
                Map.of("outcome", "handled"))))).isEqualTo("Vui lòng đánh dấu ít nhất một việc đã làm.");
        assertThat(record(instance)).containsEntry("STATUS", "IN_POLICE_HANDS").containsEntry("OUTCOME", null);

        noOffence.put("warningApproved", false);
        cases.completeAs("congan", "reviewReport", instance, noOffence);
        assertThat(instance).hasNotPassed("publishWarning").isWaitingAt("informResident");
        assertThat(record(instance)).containsEntry("OUTCOME", "no-offence").containsEntry("WARNING_PATTERN", null);
        assertThat(form(instance, "informResident")).containsEntry("outcomeLabel", "Không phát hiện vi phạm");
    }

    @Test
    void aResidentMayReportAnonymously() {
        Map<String, Object> report = report("fake-recovery", 0L);
        report.remove("reporterName");
        report.remove("reporterPhone");

        ProcessInstance instance = cases.startAs("totruong-ban-10", PROCESS, submitted(report));

        assertThat(instance).isWaitingAt("reviewReport");
        assertThat(reporter(instance)).containsEntry("NAME", null).containsEntry("PHONE", null);
        assertThat(form(instance, "reviewReport")).containsEntry("reporterDisplay", FormView.escape("(ẩn danh)"))
                .containsEntry("reporterPhoneText", FormView.escape("(không để lại số điện thoại)"));
    }

    @Test
    void reportsAboutTheSameScammerAreShownTogetherWhileOpenInTheirCommuneOnly() {
        String number = "09" + String.format("%08d", (int) (Math.random() * 100_000_000));
        Map<String, Object> first = report("impersonation", 0L);
        first.put("scammerContact", number);
        Map<String, Object> second = report("impersonation", 0L);
        second.put("scammerContact", "+84 " + number.substring(1, 4) + " " + number.substring(4));
        Map<String, Object> elsewhere = report("impersonation", 0L);
        elsewhere.put("scammerContact", number);

        ProcessInstance earlier = cases.startAs("totruong-ban-11", PROCESS, submitted(first));
        assertThat(form(earlier, "reviewReport")).containsEntry("hasLinkedCases", false).containsEntry("linkedCases", "");
        ProcessInstance later = cases.startAs("totruong-ban-12", PROCESS, submitted(second));
        ProcessInstance otherCommune = cases.startAs("totruong-tamthai-ban-01", PROCESS, submitted(elsewhere));

        assertThat(record(later)).containsEntry("SCAMMER_CONTACT_KEY", number);
        assertThat(form(later, "reviewReport")).containsEntry("hasLinkedCases", true)
                .containsEntry("linkedCases", FormView.escape(earlier.getBusinessKey()));
        assertThat(form(earlier, "reviewReport")).containsEntry("linkedCases", FormView.escape(later.getBusinessKey()));
        assertThat(form(otherCommune, "reviewReport")).containsEntry("hasLinkedCases", false);

        cases.completeAs("congan", "reviewReport", earlier, submitted(handled(false)));
        cases.completeAs("totruong-ban-11", "informResident", earlier, Map.of());
        assertThat(form(later, "reviewReport")).containsEntry("hasLinkedCases", false);
    }

    @Test
    void reportsWithoutAScammerContactAreNotLinkedToEachOther() {
        Map<String, Object> noContact = report("other", 0L);
        noContact.remove("scammerContact");

        cases.startAs("totruong-ban-13", PROCESS, submitted(noContact));
        ProcessInstance second = cases.startAs("totruong-ban-13", PROCESS, submitted(noContact));

        assertThat(form(second, "reviewReport")).containsEntry("hasLinkedCases", false);
    }

    @Test
    void badInputIsRefusedInVietnameseBeforeAnythingIsWritten() {
        long instances = runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS).count();
        long records = jdbc.queryForObject("select count(*) from scam_report", Long.class);
        Map<String, Object> noDescription = report("other", 0L);
        noDescription.remove("description");
        Map<String, Object> shortDescription = report("other", 0L);
        shortDescription.put("description", "Bị lừa.");
        Map<String, Object> negative = report("other", -1L);
        Map<String, Object> unknownCategory = report("lottery", 0L);
        Map<String, Object> future = report("other", 0L);
        future.put("occurredOn", LocalDate.now(VietnameseDates.ZONE).plusDays(2).toString());
        Map<String, Object> badPhone = report("other", 0L);
        badPhone.put("reporterPhone", "12345");
        Map<String, Object> otherVillage = report("other", 0L);
        otherVillage.put("villageCode", "ban-99");

        assertThat(cases.refusalOfStart("totruong-ban-01", PROCESS, submitted(noDescription))).isEqualTo("Vui lòng nhập Mô tả sự việc.");
        assertThat(cases.refusalOfStart("totruong-ban-01", PROCESS, shortDescription))
                .isEqualTo("Mô tả sự việc cần ít nhất 20 ký tự để Công an xã xác minh được.");
        assertThat(cases.refusalOfStart("totruong-ban-01", PROCESS, negative)).isEqualTo("Số tiền bị mất phải là số nguyên từ 0 đến 1.000.000.000.000.");
        assertThat(cases.refusalOfStart("totruong-ban-01", PROCESS, unknownCategory)).isEqualTo("Loại lừa đảo \"lottery\" không hợp lệ.");
        assertThat(cases.refusalOfStart("totruong-ban-01", PROCESS, future)).isEqualTo("Ngày xảy ra không được sau ngày hôm nay.");
        assertThat(cases.refusalOfStart("totruong-ban-01", PROCESS, badPhone))
                .isEqualTo("Số điện thoại \"12345\" không hợp lệ: cần 10 chữ số, bắt đầu bằng 03, 05, 07, 08 hoặc 09.");
        assertThat(cases.refusalOfStart("totruong-ban-01", PROCESS, otherVillage)).isEqualTo("Không tìm thấy bản có mã \"ban-99\" thuộc xã Tam Quang.");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS).count()).isEqualTo(instances);
        assertThat(jdbc.queryForObject("select count(*) from scam_report", Long.class)).isEqualTo(records);
    }

    private long visibleTasks(String user, ProcessInstance instance) {
        users.login(user);
        try {
            return taskService.createTaskQuery().processInstanceId(instance.getId()).count();
        } finally {
            users.logout();
        }
    }

    private Map<String, Object> record(ProcessInstance instance) {
        return jdbc.queryForMap("select * from scam_report where commune_code = ? and case_key = ?",
                instance.getTenantId(), instance.getBusinessKey());
    }

    private Map<String, Object> reporter(ProcessInstance instance) {
        return jdbc.queryForMap("select r.* from scam_reporter r join scam_report s on s.id = r.report_id "
                + "where s.commune_code = ? and s.case_key = ?", instance.getTenantId(), instance.getBusinessKey());
    }

    private Instant policeDueAt(ProcessInstance instance) {
        return jdbc.queryForObject("select police_due_at from scam_report where commune_code = ? and case_key = ?",
                OffsetDateTime.class, instance.getTenantId(), instance.getBusinessKey()).toInstant();
    }

    /** What Tasklist would show on the instance's task of that kind. */
    private Map<String, Object> form(ProcessInstance instance, String taskKey) {
        Task task = task(taskKey, instance);
        return forms.view(new TaskContext(task.getId(), task.getTaskDefinitionKey(), PROCESS, instance.getId(),
                task.getExecutionId(), instance.getTenantId(), instance.getBusinessKey(), task.getAssignee())).values();
    }

    /** The fields as the engine API filter passes a form's submission on: transient, gone after the transaction. */
    static VariableMap submitted(Map<String, Object> fields) {
        VariableMap variables = Variables.createVariables();
        fields.forEach((name, value) -> variables.putValueTyped(name, Variables.untypedValue(value, true)));
        return variables;
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

    static Map<String, Object> handled(boolean warning) {
        Map<String, Object> review = new HashMap<>();
        review.put("actionCalledReporter", true);
        review.put("actionBlockedNumber", true);
        review.put("outcome", "handled");
        review.put("warningApproved", warning);
        return review;
    }
}
