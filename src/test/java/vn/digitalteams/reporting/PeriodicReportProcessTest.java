package vn.digitalteams.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.digitalteams.CaseActions;
import vn.digitalteams.IntegrationTest;
import vn.digitalteams.documents.Documents;
import vn.digitalteams.documents.IssuedDocument;
import vn.digitalteams.shared.VietnameseDates;

/**
 * Every path of processes/periodic-report.bpmn on the real engine and database. Each test opens its own
 * period (a commune has one cycle per period), in the past, as a cycle on request may be.
 */
@IntegrationTest
class PeriodicReportProcessTest {

    private static final String PROCESS = "periodic-report";
    static final int TAM_QUANG_VILLAGES = 18;

    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired CaseActions cases;
    @Autowired Documents documents;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void useTheApplicationsEngine() {
        cases.assertOnTheApplicationsEngine();
    }

    @Test
    void aCycleOnRequestGivesEachVillageLeaderATaskPrefilledFromTheLog() {
        jdbc.update("""
                insert into activity (commune_code, team_code, activity_date, type, count, vulnerable_count, detail, note,
                                      recorded_by, recorded_at)
                values ('tam-quang', 'tam-quang-ban-01', ?, 'household-visit', 12, 5, null, null, 'totruong-ban-01', current_timestamp),
                       ('tam-quang', 'tam-quang-ban-01', ?, 'vneid-level-2', 7, 2, null, null, 'totruong-ban-01', current_timestamp),
                       ('tam-quang', 'tam-quang-ban-01', ?, 'vneid-level-2', 100, 0, null, null, 'totruong-ban-01', current_timestamp)""",
                LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 31), LocalDate.of(2025, 4, 1));

        ProcessInstance instance = request("chutich", "2025-03");

        assertThat(instance.getBusinessKey()).isEqualTo("BC-tam-quang-2025-03");
        assertThat(instance.getTenantId()).isEqualTo("tam-quang");
        Task ban01 = villageTask(instance, "tam-quang-ban-01");
        assertThat(ban01.getAssignee()).isEqualTo("totruong-ban-01");
        assertThat(ban01.getName()).isEqualTo("Báo cáo tháng 3 năm 2025: Bản 01");
        assertThat(taskService.getVariables(ban01.getId())).containsEntry("householdVisit", 12L)
                .containsEntry("vneidLevel2", 7L).containsEntry("vneidLevel1", 0L).containsEntry("vulnerableHelped", 7L)
                .containsEntry("villageName", "Bản 01");
        assertThat(taskService.getVariables(villageTask(instance, "tam-quang-ban-02").getId()))
                .containsEntry("householdVisit", 0L);
    }

    @Test
    void allOnTimeTheChairmanApprovesAndTheReportIsIssued() {
        ProcessInstance instance = request("totruong-xa", "2025-04");

        submitVillages(instance, team -> true);

        assertThat(instance).hasPassed("summarizeVillageReports").isWaitingAt("consolidateReports").task()
                .hasCandidateGroup("commune-leader").hasName("Tổng hợp báo cáo tháng 4 năm 2025 của xã");
        assertThat(instance).variables().containsEntry("lateVillages", "không có").containsEntry("missingVillages", "không có")
                .as("a village's texts stay its own, not the commune's consolidation").doesNotContainKeys("difficulties", "householdVisit");
        assertThat((String) runtimeService.getVariable(instance.getId(), "villageTable"))
                .contains("| Bản 01 | Đúng hạn | 10 |").contains("| Tổng cộng |  | " + 10 * TAM_QUANG_VILLAGES + " |");
        cases.completeAs("totruong-xa", "consolidateReports", instance, consolidation());
        assertThat(instance).isWaitingAt("reviewReport").task().hasCandidateGroup("chairman");
        cases.completeAs("chutich", "reviewReport", instance, Map.of("reportApproved", "true"));

        assertThat(instance).hasPassed("issueReport", "reportIssued").isEnded();
        List<IssuedDocument> issued = documents.ofCase("BC-tam-quang-2025-04");
        assertThat(issued).hasSize(1);
        assertThat(issued.get(0).number()).matches("\\d+/BC-UBND");
        assertThat(jdbc.queryForObject("""
                select count(*) from village_report r join reporting_cycle c on c.id = r.cycle_id
                where c.case_key = 'BC-tam-quang-2025-04' and r.status = 'ON_TIME'""", Long.class))
                .isEqualTo(TAM_QUANG_VILLAGES);
    }

    @Test
    void aLateVillageIsRemindedThenEscalatedAndTheCycleGoesOnWithoutIt() {
        ProcessInstance instance = request("chutich", "2025-05");
        submitVillages(instance, team -> !team.equals("tam-quang-ban-18"));

        execute(job("reportReminderDue", instance));
        Task late = villageTask(instance, "tam-quang-ban-18");
        assertThat(late.getPriority()).isEqualTo(RemindVillageLeader.REMINDED_PRIORITY);
        assertThat(taskService.getTaskComments(late.getId())).extracting(comment -> comment.getFullMessage())
                .singleElement().asString().startsWith("Nhắc việc: báo cáo của bản đến hạn lúc 17:00 ngày ");

        execute(job("villageReportOverdue", instance));
        assertThat(instance).isWaitingAt("submitVillageReport", "decideOnLateVillage");
        assertThat(task("decideOnLateVillage", instance)).hasCandidateGroup("commune-leader")
                .hasName("Bản 18 chưa nộp báo cáo tháng 5 năm 2025");
        cases.completeAs("totruong-xa", "decideOnLateVillage", instance, Map.of("lateVillageDecision", "proceed"));

        assertThat(instance).hasPassed("markVillageMissing", "villageMarkedMissing").isWaitingAt("consolidateReports");
        assertThat(villageTasks(instance)).isEmpty();
        assertThat(instance).variables().containsEntry("missingVillages", "Bản 18").containsEntry("lateVillages", "không có");
        assertThat((String) runtimeService.getVariable(instance.getId(), "villageTable")).contains("| Bản 18 | Không nộp | 0 |");
    }

    @Test
    void waitingForALateVillageKeepsItsTaskAndItsReportCountsAsLate() {
        ProcessInstance instance = request("chutich", "2025-06");
        submitVillages(instance, team -> !team.equals("tam-quang-ban-07"));
        execute(job("villageReportOverdue", instance));
        cases.completeAs("totruong-xa", "decideOnLateVillage", instance, Map.of("lateVillageDecision", "wait"));
        assertThat(instance).hasPassed("lateVillageAwaited").isWaitingAt("submitVillageReport");

        // The due date passes before Bản 07 reports; then the leader's submission counts as late.
        jdbc.update("update reporting_cycle set due_on = ? where case_key = ?", LocalDate.now().minusDays(1),
                instance.getBusinessKey());
        submitVillages(instance, team -> true);

        assertThat(instance).isWaitingAt("consolidateReports");
        assertThat(instance).variables().containsEntry("lateVillages", "Bản 07").containsEntry("missingVillages", "không có");
    }

    @Test
    void aSecondOverdueDecisionIsWithdrawnWhenTheVillageReports() {
        ProcessInstance instance = request("chutich", "2025-08");
        submitVillages(instance, team -> !team.equals("tam-quang-ban-02"));
        execute(job("villageReportOverdue", instance));
        assertThat(instance).isWaitingAt("decideOnLateVillage");

        submitVillages(instance, team -> true);

        assertThat(instance).hasPassed("villageReportSubmitted").isWaitingAt("consolidateReports");
        assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey("decideOnLateVillage")
                .count()).isZero();
        assertThat(instance).variables().containsEntry("lateVillages", "không có");
    }

    @Test
    void theChairmanSendsTheReportBackWithACommentThenApprovesTheCorrection() {
        ProcessInstance instance = request("chutich", "2025-07");
        submitVillages(instance, team -> true);
        cases.completeAs("totruong-xa", "consolidateReports", instance, consolidation());

        assertThat(refusal(() -> cases.completeAs("chutich", "reviewReport", instance, Map.of("reportApproved", "false"))))
                .isEqualTo("Vui lòng nhập Nội dung cần chỉnh sửa.");
        cases.completeAs("chutich", "reviewReport", instance,
                Map.of("reportApproved", "false", "reviewComment", "Bổ sung số liệu VNeID mức 2 của Bản 05."));

        assertThat(instance).isWaitingAt("consolidateReports");
        assertThat(instance).variables().containsEntry("reportApproved", false)
                .containsEntry("reviewComment", "Bổ sung số liệu VNeID mức 2 của Bản 05.");
        cases.completeAs("totruong-xa", "consolidateReports", instance, consolidation());
        cases.completeAs("phochutich", "reviewReport", instance, Map.of("reportApproved", "true"));

        assertThat(instance).isEnded().hasPassed("issueReport");
        assertThat(instance).variables().containsEntry("signer", "VICE_CHAIRMAN").containsEntry("reviewerName", "Hà Thị Thủy");
    }

    @Test
    void twoRequestsForOnePeriodAtOnceOpenOneCycle() throws Exception {
        ExecutorService twoNodes = Executors.newFixedThreadPool(2);
        CountDownLatch together = new CountDownLatch(1);
        Callable<String> request = () -> {
            together.await();
            return cases.refusalOrKeyOfStart("chutich", PROCESS, new HashMap<>(Map.of("period", "2025-02", "dueDate", future())));
        };
        try {
            Future<String> first = twoNodes.submit(request);
            Future<String> second = twoNodes.submit(request);
            together.countDown();
            assertThat(List.of(first.get(), second.get())).containsExactlyInAnyOrder("BC-tam-quang-2025-02",
                    "Kỳ báo cáo tháng 2 năm 2025 của xã đã được mở (BC-tam-quang-2025-02); mỗi kỳ chỉ có một lần báo cáo.");
        } finally {
            twoNodes.shutdownNow();
        }
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("BC-tam-quang-2025-02").count()).isOne();
    }

    @Test
    void badInputIsRefusedInVietnameseAndOpensNothing() {
        assertThat(catchThrowable(() -> cases.startAs("totruong-ban-01", PROCESS, Map.of("period", "2025-09", "dueDate", future()))))
                .as("village leaders are not granted the start").isInstanceOf(AuthorizationException.class);
        assertThat(cases.refusalOfStart("admin", PROCESS, Map.of("period", "2025-09", "dueDate", future(), "communeCode", "tam-quang")))
                .isEqualTo("Chỉ Chủ tịch, Phó Chủ tịch UBND xã hoặc Tổ trưởng Tổ công nghệ số xã được mở kỳ báo cáo.");
        assertThat(cases.refusalOfStart("chutich", PROCESS, Map.of("period", "2025-13", "dueDate", future())))
                .isEqualTo("Kỳ báo cáo \"2025-13\" không hợp lệ: ghi năm-tháng (ví dụ 2026-11) hoặc năm-quý (ví dụ 2026-Q4).");
        assertThat(cases.refusalOfStart("chutich", PROCESS, Map.of("period", "2099-01", "dueDate", future())))
                .isEqualTo("Chưa thể báo cáo tháng 1 năm 2099 vì kỳ này chưa bắt đầu.");
        assertThat(cases.refusalOfStart("chutich", PROCESS, Map.of("period", "2025-09", "dueDate", "01/01/2020")))
                .isEqualTo("Hạn nộp báo cáo không được là một ngày đã qua.");
        assertThat(cases.refusalOfStart("chutich", PROCESS, Map.of("period", "2025-09", "dueDate", "31/02/2030")))
                .isEqualTo("Hạn nộp báo cáo phải là một ngày hợp lệ, dạng ngày/tháng/năm (ví dụ 12/04/1996).");
        assertThat(cases.refusalOfStart("chutich", PROCESS, Map.of("period", "2025-09", "dueDate", future(),
                "communeCode", "tam-thai"))).isEqualTo("Bạn không có quyền xem dữ liệu của xã tam-thai.");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("BC-tam-quang-2025-09").count()).isZero();

        ProcessInstance instance = request("chutich", "2025-09");
        assertThat(cases.refusalOfStart("totruong-xa", PROCESS, Map.of("period", "2025-09", "dueDate", future())))
                .isEqualTo("Kỳ báo cáo tháng 9 năm 2025 của xã đã được mở (BC-tam-quang-2025-09); mỗi kỳ chỉ có một lần báo cáo.");

        Task ban03 = villageTask(instance, "tam-quang-ban-03");
        Map<String, Object> negative = figures(5);
        negative.put("eWallet", -1);
        assertThat(refusal(() -> cases.completeTaskAs("totruong-ban-03", ban03.getId(), negative)))
                .isEqualTo("Ví điện tử phải là số nguyên từ 0 đến 100.000.");
        assertThat(villageTask(instance, "tam-quang-ban-03")).isNotNull();

        submitVillages(instance, team -> true);
        assertThat(refusal(() -> cases.completeAs("totruong-xa", "consolidateReports", instance, Map.of())))
                .isEqualTo("Vui lòng nhập Đánh giá chung.");
        assertThat(catchThrowable(() -> cases.completeAs("chutich", "consolidateReports", instance, consolidation())))
                .as("the Chairman is not a candidate of the consolidation").isInstanceOf(AuthorizationException.class);
    }

    private ProcessInstance request(String user, String period) {
        return cases.startAs(user, PROCESS, new HashMap<>(Map.of("period", period, "dueDate", future())));
    }

    private static String future() {
        return VietnameseDates.format(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(5));
    }

    private List<Task> villageTasks(ProcessInstance instance) {
        return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey("submitVillageReport")
                .list();
    }

    private Task villageTask(ProcessInstance instance, String teamCode) {
        return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey("submitVillageReport")
                .taskVariableValueEquals("teamCode", teamCode).singleResult();
    }

    /** Each chosen village's leader submits 10 household visits and the figures of {@link #figures}. */
    private void submitVillages(ProcessInstance instance, Predicate<String> which) {
        for (Task task : villageTasks(instance)) {
            String team = (String) taskService.getVariableLocal(task.getId(), "teamCode");
            if (which.test(team)) {
                cases.completeTaskAs(task.getAssignee(), task.getId(), figures(10));
            }
        }
    }

    private static Map<String, Object> figures(long householdVisits) {
        Map<String, Object> figures = new HashMap<>();
        for (ActivityType type : ActivityType.values()) {
            figures.put(type.variable(), 1L);
        }
        figures.put("householdVisit", householdVisits);
        figures.put("vulnerableHelped", 2L);
        figures.put("difficulties", "Sóng điện thoại yếu ở các bản vùng cao.");
        return figures;
    }

    private static Map<String, Object> consolidation() {
        return Map.of("assessment", "Các Tổ hoạt động đều, tập trung hướng dẫn VNeID mức 2 cho người cao tuổi.",
                "nextTasks", "Tổ chức Ngày hội công nghệ số tại chợ phiên.");
    }

    private static String refusal(Runnable action) {
        return CaseActions.vietnameseMessageOf(catchThrowable(action::run));
    }
}
