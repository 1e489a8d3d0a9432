package vn.digitalteams.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
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
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
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
import vn.digitalteams.documents.Documents;
import vn.digitalteams.documents.IssuedDocument;
import vn.digitalteams.engineapi.FormView;
import vn.digitalteams.engineapi.TaskContext;
import vn.digitalteams.shared.VietnameseDates;

/**
 * Every path of processes/periodic-report.bpmn on the real engine and database. Each test opens its own
 * period (a commune has one cycle per period), in the past, as a cycle on request may be. Forms are
 * submitted as Tasklist and engine REST submit them (every field transient), except where a test says
 * it uses the Java API's persistent variables; what a form shows is asked of {@link PeriodicReportForms}.
 */
@IntegrationTest
class PeriodicReportProcessTest {

    private static final String PROCESS = "periodic-report";
    static final int TAM_QUANG_VILLAGES = 18;

    /** What the instance kept as variables before its facts moved to the records: none of it may be one now. */
    static final List<String> FACTS = facts();

    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired HistoryService historyService;
    @Autowired ManagementService managementService;
    @Autowired CaseActions cases;
    @Autowired Documents documents;
    @Autowired PeriodicReportForms forms;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void useTheApplicationsEngine() {
        cases.assertOnTheApplicationsEngine();
    }

    @Test
    void aCycleOnRequestGivesEachVillageLeaderATaskWhoseFormAddsUpTheLog() {
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
        assertThat(cycle(instance)).containsEntry("PERIOD", "2025-03").containsEntry("STARTED_BY", "chutich")
                .containsEntry("STATUS", "COLLECTING").containsEntry("DUE_ON", java.sql.Date.valueOf(dueOn()));
        Task ban01 = villageTask(instance, "tam-quang-ban-01");
        assertThat(ban01.getAssignee()).isEqualTo("totruong-ban-01");
        assertThat(ban01.getName()).isEqualTo("Báo cáo tháng 3 năm 2025: Bản 01");
        assertThat(formOf(ban01)).containsEntry("householdVisit", 12L).containsEntry("vneidLevel2", 7L)
                .containsEntry("vneidLevel1", 0L).containsEntry("vulnerableHelped", 7L).containsEntry("villageName", "Bản 01")
                .containsEntry("periodLabel", "tháng 3 năm 2025").containsEntry("teamName", "Tổ công nghệ số cộng đồng bản 01")
                .containsEntry("dueText", FormView.escape("17:00 ngày " + VietnameseDates.format(dueOn())));
        assertThat(formOf(villageTask(instance, "tam-quang-ban-02"))).containsEntry("householdVisit", 0L)
                .containsEntry("villageName", "Bản 02");
        assertThat(runtimeService.getVariables(instance.getId())).as("the instance keeps its key and due instants only")
                .containsOnlyKeys(PeriodicReportVariables.CASE_KEY, PeriodicReportVariables.DUE_AT, PeriodicReportVariables.REMINDER_AT);
        assertThat(taskService.getVariables(ban01.getId())).doesNotContainKeys(FACTS.toArray(String[]::new));
    }

    @Test
    void allOnTimeTheChairmanApprovesAndTheReportIsIssued() {
        ProcessInstance instance = request("totruong-xa", "2025-04");

        submitVillages(instance, team -> true);

        assertThat(instance).hasPassed("villageReports").isWaitingAt("consolidateReports").task()
                .hasCandidateGroup("commune-leader").hasName("Tổng hợp báo cáo tháng 4 năm 2025 của xã");
        Map<String, Object> consolidation = formOf(task("consolidateReports", instance));
        assertThat(consolidation).containsEntry("lateVillages", "không có").containsEntry("missingVillages", "không có")
                .containsEntry("periodLabel", "tháng 4 năm 2025").containsEntry("communeName", "Tam Quang")
                .containsEntry("sentBack", false).containsEntry("draftUrl", "/api/documents/drafts/BC-tam-quang-2025-04")
                .as("nothing written yet to prefill").doesNotContainKeys(ConsolidationSubmission.FIELDS.toArray(String[]::new));
        assertThat((String) consolidation.get("villageTable")).contains("| Bản 01 | Đúng hạn | 10 |")
                .contains("| Tổng cộng |  | " + 10 * TAM_QUANG_VILLAGES + " |");
        assertThat((String) consolidation.get("villageNotes")).contains("**Bản 01**")
                .contains("Sóng điện thoại yếu ở các bản vùng cao\\.");

        submit("totruong-xa", "consolidateReports", instance, consolidation());
        assertThat(cycle(instance)).containsEntry("STATUS", "CONSOLIDATED").containsEntry("CONSOLIDATED_BY", "totruong-xa")
                .containsEntry("ASSESSMENT", consolidation().get("assessment")).containsEntry("DIFFICULTIES", null)
                .containsEntry("NEXT_TASKS", consolidation().get("nextTasks"));
        assertThat(instance).isWaitingAt("reviewReport").task().hasCandidateGroup("chairman")
                .hasName("Duyệt báo cáo tháng 4 năm 2025 của Tổ công nghệ số");
        assertThat(formOf(task("reviewReport", instance)))
                .containsEntry("assessment", FormView.escape((String) consolidation().get("assessment")))
                .containsEntry("difficulties", "không có").containsEntry("draftUrl", "/api/documents/drafts/BC-tam-quang-2025-04");
        submit("chutich", "reviewReport", instance, Map.of("approved", "true"));

        assertThat(instance).hasPassed("issueReport", "reportIssued").isEnded();
        List<IssuedDocument> issued = documents.ofCase("BC-tam-quang-2025-04");
        assertThat(issued).hasSize(1);
        assertThat(issued.get(0).number()).matches("\\d{2,}/BC-UBND");
        assertThat(cycle(instance)).containsEntry("STATUS", "ISSUED").containsEntry("REPORT_NUMBER", issued.get(0).number())
                .containsEntry("REPORT_DOCUMENT_ID", issued.get(0).id()).containsEntry("DECIDED_BY", "chutich")
                .containsEntry("DECIDED_BY_NAME", "Lương Văn Hùng").containsEntry("SIGNER", "CHAIRMAN");
        assertThat(jdbc.queryForObject("""
                select count(*) from village_report r join reporting_cycle c on c.id = r.cycle_id
                where c.case_key = 'BC-tam-quang-2025-04' and r.status = 'ON_TIME'""", Long.class))
                .isEqualTo(TAM_QUANG_VILLAGES);
        assertThat(variableNames(instance)).doesNotContainAnyElementsOf(FACTS);
    }

    @Test
    void aLateVillageIsRemindedThenEscalatedAndTheCycleGoesOnWithoutIt() {
        ProcessInstance instance = request("chutich", "2025-05");
        submitVillages(instance, team -> !team.equals("tam-quang-ban-18"));

        execute(job("reportReminderDue", instance));
        Task late = villageTask(instance, "tam-quang-ban-18");
        assertThat(late.getPriority()).isEqualTo(RemindVillageLeader.REMINDED_PRIORITY);
        assertThat(taskService.getTaskComments(late.getId())).extracting(comment -> comment.getFullMessage())
                .singleElement().asString()
                .isEqualTo("Nhắc việc: báo cáo của bản đến hạn lúc 17:00 ngày " + VietnameseDates.format(dueOn())
                        + ". Vui lòng nộp đúng hạn.");

        execute(job("villageReportOverdue", instance));
        assertThat(instance).isWaitingAt("submitVillageReport", "decideOnLateVillage");
        Task decision = task("decideOnLateVillage", instance);
        assertThat(decision).hasCandidateGroup("commune-leader").hasName("Bản 18 chưa nộp báo cáo tháng 5 năm 2025");
        assertThat(formOf(decision)).containsEntry("villageName", "Bản 18").containsEntry("periodLabel", "tháng 5 năm 2025")
                .containsKey("dueText");
        submit("totruong-xa", "decideOnLateVillage", instance, Map.of("lateVillageDecision", "proceed"));

        assertThat(instance).hasPassed("markVillageMissing", "villageMarkedMissing").isWaitingAt("consolidateReports");
        assertThat(villageTasks(instance)).isEmpty();
        Map<String, Object> consolidation = formOf(task("consolidateReports", instance));
        assertThat(consolidation).containsEntry("missingVillages", "Bản 18").containsEntry("lateVillages", "không có");
        assertThat((String) consolidation.get("villageTable")).contains("| Bản 18 | Không nộp | 0 |");
        assertThat(variableNames(instance)).doesNotContainAnyElementsOf(FACTS);
    }

    @Test
    void waitingForLateVillagesKeepsTheirTasksAndTheirReportsCountAsLate() {
        ProcessInstance instance = request("chutich", "2025-06");
        submitVillages(instance, team -> !team.equals("tam-quang-ban-07") && !team.equals("tam-quang-ban-08"));
        managementService.createJobQuery().processInstanceId(instance.getId()).activityId("villageReportOverdue").list()
                .forEach(overdue -> managementService.executeJob(overdue.getId()));
        List<Task> decisions = taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey("decideOnLateVillage").list();
        assertThat(decisions).hasSize(2);
        cases.completeTaskAs("totruong-xa", decisions.get(0).getId(), submitted(Map.of("lateVillageDecision", "wait")));
        cases.completeTaskAs("totruong-xa", decisions.get(1).getId(), submitted(Map.of()));
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                .activityId("lateVillageAwaited").count()).as("no decision given is waiting too").isEqualTo(2);
        assertThat(instance).isWaitingAt("submitVillageReport");

        // The due date passes before Bản 07 and Bản 08 report; then their submissions count as late.
        jdbc.update("update reporting_cycle set due_on = ? where case_key = ?", LocalDate.now().minusDays(1),
                instance.getBusinessKey());
        submitVillages(instance, team -> true);

        assertThat(instance).isWaitingAt("consolidateReports");
        assertThat(formOf(task("consolidateReports", instance))).containsEntry("lateVillages", FormView.escape("Bản 07, Bản 08"))
                .containsEntry("missingVillages", "không có");
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
        assertThat(formOf(task("consolidateReports", instance))).containsEntry("lateVillages", "không có");
    }

    @Test
    void theChairmanSendsTheReportBackWithANoteThenTheVicechairmanApprovesTheCorrection() {
        ProcessInstance instance = request("chutich", "2025-07");
        submitVillages(instance, team -> true);
        submit("totruong-xa", "consolidateReports", instance, consolidation());

        assertThat(refusal(() -> submit("chutich", "reviewReport", instance, Map.of("approved", "false"))))
                .isEqualTo("Vui lòng nhập Lý do không đồng ý.");
        String note = "Bổ sung số liệu VNeID mức 2 của Bản 05.";
        submit("chutich", "reviewReport", instance, Map.of("approved", "false", "decisionNote", note));

        assertThat(instance).isWaitingAt("consolidateReports");
        assertThat(cycle(instance)).containsEntry("STATUS", "SENT_BACK").containsEntry("DECISION_NOTE", note)
                .containsEntry("DECIDED_BY", "chutich");
        assertThat(formOf(task("consolidateReports", instance))).containsEntry("sentBack", true)
                .containsEntry("decisionNote", FormView.escape(note))
                .as("the inputs as last written").containsEntry("assessment", consolidation().get("assessment"))
                .containsEntry("nextTasks", consolidation().get("nextTasks"));
        assertThat(runtimeService.getVariables(instance.getId())).doesNotContainKeys("decisionNote", "approved");

        submit("totruong-xa", "consolidateReports", instance, Map.of("assessment", "Đã bổ sung số liệu VNeID mức 2."));
        assertThat(cycle(instance)).containsEntry("STATUS", "CONSOLIDATED")
                .containsEntry("ASSESSMENT", "Đã bổ sung số liệu VNeID mức 2.").containsEntry("NEXT_TASKS", null);
        submit("phochutich", "reviewReport", instance, Map.of("approved", "true"));

        assertThat(instance).isEnded().hasPassed("issueReport");
        assertThat(cycle(instance)).containsEntry("STATUS", "ISSUED").containsEntry("SIGNER", "VICE_CHAIRMAN")
                .containsEntry("DECIDED_BY_NAME", "Hà Thị Thủy").containsEntry("DECISION_NOTE", null);
    }

    @Test
    void submissionsThroughTheJavaApiStayTheirVillagesOwnToo() {
        ProcessInstance instance = request("chutich", "2025-01");
        String ban01sText = "Chỉ Bản 01 gặp khó khăn này";
        // The Java API sets persistent variables, into the instance's top scope, where every village would see them.
        cases.completeTaskAs("totruong-ban-01", villageTask(instance, "tam-quang-ban-01").getId(),
                Map.of("householdVisit", 4L, "difficulties", ban01sText));

        assertThat(runtimeService.getVariables(instance.getId())).as("taken into the record, then dropped")
                .doesNotContainKeys("householdVisit", "difficulties");
        assertThat(formOf(villageTask(instance, "tam-quang-ban-02"))).containsEntry("householdVisit", 0L)
                .doesNotContainValue(ban01sText);
        for (Task task : villageTasks(instance)) {
            cases.completeTaskAs(task.getAssignee(), task.getId(), Map.of("vulnerableHelped", 1L));
        }

        assertThat(jdbc.queryForList("""
                select r.team_code from village_report r join reporting_cycle c on c.id = r.cycle_id
                where c.case_key = 'BC-tam-quang-2025-01' and r.difficulties is not null""", String.class))
                .containsExactly("tam-quang-ban-01");
        assertThat(jdbc.queryForObject("""
                select sum(f.amount) from village_report_figure f join village_report r on r.id = f.village_report_id
                join reporting_cycle c on c.id = r.cycle_id
                where c.case_key = 'BC-tam-quang-2025-01' and f.activity_type = 'HOUSEHOLD_VISIT'""", Long.class)).isEqualTo(4L);
        Map<String, Object> consolidation = formOf(task("consolidateReports", instance));
        assertThat(consolidation).doesNotContainKeys(ConsolidationSubmission.FIELDS.toArray(String[]::new));
        assertThat((String) consolidation.get("villageNotes")).containsOnlyOnce(ban01sText).startsWith("**Bản 01**");
        cases.completeAs("totruong-xa", "consolidateReports", instance, Map.of("assessment", "Các bản nộp đủ."));
        assertThat(cycle(instance)).containsEntry("ASSESSMENT", "Các bản nộp đủ.").containsEntry("DIFFICULTIES", null);
    }

    @Test
    void whatAVillageTypedShowsAsTextNeverAsMarkdown() {
        ProcessInstance instance = request("chutich", "2025-Q1");
        String link = "[Xem dự thảo (PDF)](https://evil.example/p)";
        Map<String, Object> report = new HashMap<>(figures(1));
        report.put("needs", link);
        report.put("nextPlan", "<img src=x onerror=alert(1)>");
        submit("totruong-ban-03", villageTask(instance, "tam-quang-ban-03").getId(), report);
        submitVillages(instance, team -> true);

        Map<String, Object> consolidation = formOf(task("consolidateReports", instance));
        assertThat(consolidation).containsEntry("periodLabel", "quý I năm 2025");
        assertThat((String) consolidation.get("villageNotes")).contains(FormView.escape(link))
                .contains("\\[Xem dự thảo \\(PDF\\)\\]\\(https\\:\\/\\/evil\\.example\\/p\\)")
                .doesNotContain("](https://evil").doesNotContain("<img");
        submit("totruong-xa", "consolidateReports", instance, Map.of("assessment", "**Tốt**"));
        Map<String, Object> review = formOf(task("reviewReport", instance));
        assertThat(review).containsEntry("assessment", "\\*\\*Tốt\\*\\*");
        assertThat((String) review.get("villageNotes")).doesNotContain("](https://evil");
    }

    @Test
    void twoRequestsForOnePeriodAtOnceOpenOneCycle() throws Exception {
        ExecutorService twoNodes = Executors.newFixedThreadPool(2);
        CountDownLatch together = new CountDownLatch(1);
        Callable<String> request = () -> {
            together.await();
            return cases.refusalOrKeyOfStart("chutich", PROCESS, submitted(Map.of("period", "2025-02", "dueDate", future())));
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
        assertThat(catchThrowable(() -> request("totruong-ban-01", "2025-09")))
                .as("village leaders are not granted the start").isInstanceOf(AuthorizationException.class);
        assertThat(cases.refusalOfStart("admin", PROCESS, Map.of("period", "2025-09", "dueDate", future(), "communeCode", "tam-quang")))
                .isEqualTo("Chỉ Chủ tịch, Phó Chủ tịch UBND xã hoặc Tổ trưởng Tổ công nghệ số xã được mở kỳ báo cáo.");
        assertThat(refusalOfRequest("2025-13", future()))
                .isEqualTo("Kỳ báo cáo \"2025-13\" không hợp lệ: ghi năm-tháng (ví dụ 2026-11) hoặc năm-quý (ví dụ 2026-Q4).");
        assertThat(refusalOfRequest("2099-01", future())).isEqualTo("Chưa thể báo cáo tháng 1 năm 2099 vì kỳ này chưa bắt đầu.");
        assertThat(refusalOfRequest("2025-09", "01/01/2020")).isEqualTo("Hạn nộp báo cáo không được là một ngày đã qua.");
        assertThat(refusalOfRequest("2025-09", "31/02/2030"))
                .isEqualTo("Hạn nộp báo cáo phải là một ngày hợp lệ, dạng ngày/tháng/năm (ví dụ 12/04/1996).");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("BC-tam-quang-2025-09").count()).isZero();

        // The start form has no commune: a requester's cycle is their own commune's, whatever else is passed.
        ProcessInstance instance = cases.startAs("chutich", PROCESS,
                submitted(Map.of("period", "2025-09", "dueDate", future(), "communeCode", "tam-thai")));
        assertThat(instance.getBusinessKey()).isEqualTo("BC-tam-quang-2025-09");
        assertThat(instance.getTenantId()).isEqualTo("tam-quang");
        assertThat(jdbc.queryForObject("select count(*) from reporting_cycle where commune_code = 'tam-thai' and period = '2025-09'",
                Long.class)).isZero();
        assertThat(villageTasks(instance)).hasSize(TAM_QUANG_VILLAGES);
        assertThat(cases.refusalOfStart("totruong-xa", PROCESS, submitted(Map.of("period", "2025-09", "dueDate", future()))))
                .isEqualTo("Kỳ báo cáo tháng 9 năm 2025 của xã đã được mở (BC-tam-quang-2025-09); mỗi kỳ chỉ có một lần báo cáo.");

        Task ban03 = villageTask(instance, "tam-quang-ban-03");
        Map<String, Object> negative = figures(5);
        negative.put("eWallet", -1);
        assertThat(refusal(() -> submit("totruong-ban-03", ban03.getId(), negative)))
                .isEqualTo("Ví điện tử phải là số nguyên từ 0 đến 100.000.");
        assertThat(villageTask(instance, "tam-quang-ban-03")).isNotNull();

        submitVillages(instance, team -> true);
        assertThat(refusal(() -> submit("totruong-xa", "consolidateReports", instance, Map.of())))
                .isEqualTo("Vui lòng nhập Đánh giá chung.");
        assertThat(catchThrowable(() -> submit("chutich", "consolidateReports", instance, consolidation())))
                .as("the Chairman is not a candidate of the consolidation").isInstanceOf(AuthorizationException.class);
    }

    private ProcessInstance request(String user, String period) {
        return cases.startAs(user, PROCESS, submitted(Map.of("period", period, "dueDate", future())));
    }

    private String refusalOfRequest(String period, String dueDate) {
        return cases.refusalOfStart("chutich", PROCESS, submitted(Map.of("period", period, "dueDate", dueDate)));
    }

    private static LocalDate dueOn() {
        return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(5);
    }

    private static String future() {
        return VietnameseDates.format(dueOn());
    }

    /** The cycle's record. */
    private Map<String, Object> cycle(ProcessInstance instance) {
        return jdbc.queryForMap("select * from reporting_cycle where commune_code = ? and case_key = ?",
                instance.getTenantId(), instance.getBusinessKey());
    }

    /** What the task's form shows, as Tasklist gets it from {@code task/{id}/form-variables}. */
    private Map<String, Object> formOf(Task task) {
        String caseKey = runtimeService.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
                .singleResult().getBusinessKey();
        return forms.view(new TaskContext(task.getId(), task.getTaskDefinitionKey(), PROCESS, task.getProcessInstanceId(),
                task.getExecutionId(), task.getTenantId(), caseKey, task.getAssignee())).values();
    }

    /** Every variable the instance ever had (and still has), by name. */
    private List<String> variableNames(ProcessInstance instance) {
        return historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).list().stream()
                .map(HistoricVariableInstance::getName).distinct().toList();
    }

    private List<Task> villageTasks(ProcessInstance instance) {
        return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey("submitVillageReport")
                .list();
    }

    private Task villageTask(ProcessInstance instance, String teamCode) {
        return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey("submitVillageReport")
                .taskVariableValueEquals(PeriodicReportVariables.TEAM_CODE, teamCode).singleResult();
    }

    /** Each chosen village's leader submits 10 household visits and the figures of {@link #figures}. */
    private void submitVillages(ProcessInstance instance, Predicate<String> which) {
        for (Task task : villageTasks(instance)) {
            String team = (String) taskService.getVariableLocal(task.getId(), PeriodicReportVariables.TEAM_CODE);
            if (which.test(team)) {
                submit(task.getAssignee(), task.getId(), figures(10));
            }
        }
    }

    /** Submits the instance's task's form as that user. */
    private void submit(String user, String taskKey, ProcessInstance instance, Map<String, Object> fields) {
        submit(user, task(taskKey, instance).getId(), fields);
    }

    /** Submits a task's form as that user: every field transient, as Tasklist's and engine REST's reach the engine. */
    private void submit(String user, String taskId, Map<String, Object> fields) {
        cases.completeTaskAs(user, taskId, submitted(fields));
    }

    private static VariableMap submitted(Map<String, Object> fields) {
        VariableMap variables = Variables.createVariables();
        fields.forEach((name, value) -> variables.putValueTyped(name, Variables.untypedValue(value, true)));
        return variables;
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

    private static List<String> facts() {
        List<String> facts = new ArrayList<>(List.of("communeCode", "communeName", "period", "periodLabel", "dueDate",
                "dueText", "requestedBy", "requestedByName", "villageName", "teamName", "villageTable", "lateVillages",
                "missingVillages", "assessment", "difficulties", "proposals", "nextTasks", "needs", "nextPlan",
                "vulnerableHelped", "reportApproved", "reviewComment", "decisionNote", "reviewerName", "signer",
                "reportNumber", "reportDocumentId", "lateVillageDecision"));
        for (ActivityType type : ActivityType.values()) {
            facts.add(type.variable());
        }
        return List.copyOf(facts);
    }

    private static String refusal(Runnable action) {
        return CaseActions.vietnameseMessageOf(catchThrowable(action::run));
    }
}
