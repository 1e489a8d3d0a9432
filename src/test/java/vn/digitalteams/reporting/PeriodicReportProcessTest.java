package vn.digitalteams.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.io.IOException;
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

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
    /** The consolidation's inputs for the commune's own texts: empty until the commune team leader writes them. */
    private static final List<String> COMMUNE_TEXTS = List.of(ConsolidationForm.ASSESSMENT, ConsolidationForm.DIFFICULTIES,
            ConsolidationForm.PROPOSALS, ConsolidationForm.NEXT_TASKS);

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
                .hasCandidateGroup("commune-leader").hasName("Tổng hợp báo cáo của xã: tháng 4 năm 2025");
        Map<String, Object> consolidation = formOf(task("consolidateReports", instance));
        assertThat(consolidation).containsEntry("lateVillages", "không có").containsEntry("missingVillages", "không có")
                .containsEntry("periodLabel", "tháng 4 năm 2025").containsEntry("communeName", "Tam Quang")
                .containsEntry("sentBack", false).containsEntry("draftUrl", "/api/documents/drafts/BC-tam-quang-2025-04")
                .as("nothing written yet to prefill").doesNotContainKeys(COMMUNE_TEXTS.toArray(String[]::new))
                .containsEntry("villageDifficulties", villageLines(TAM_QUANG_VILLAGES, "Sóng điện thoại yếu ở các bản vùng cao."));
        assertThat((String) consolidation.get("villageTable")).contains("| Bản 01 | Đúng hạn | 10 |")
                .contains("| Tổng cộng |  | " + 10 * TAM_QUANG_VILLAGES + " |");
        assertThat((String) consolidation.get("villageNotes")).contains("**Bản 01**")
                .contains("Sóng điện thoại yếu ở các bản vùng cao\\.");

        submit("totruong-xa", "consolidateReports", instance, consolidation());
        assertThat(cycle(instance)).containsEntry("STATUS", "CONSOLIDATED").containsEntry("CONSOLIDATED_BY", "totruong-xa")
                .containsEntry("ASSESSMENT", consolidation().get("assessment")).containsEntry("DIFFICULTIES", null)
                .containsEntry("NEXT_TASKS", consolidation().get("nextTasks"));
        assertThat(instance).isWaitingAt("reviewReport").task().hasCandidateGroup("chairman")
                .hasName("Duyệt báo cáo của Tổ công nghệ số: tháng 4 năm 2025");
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
        assertThat(decision).hasCandidateGroup("commune-leader").hasName("Tổ bản chưa nộp báo cáo: Bản 18, tháng 5 năm 2025");
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
        submit("chutich", "reviewReport", instance, Map.of("approved", "false", "refusalReason", note));

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
    void aFigureAboveItsPlausibleMaximumNeedsAnExplanationAndIsFlaggedAtConsolidation() {
        ProcessInstance instance = request("chutich", "2024-03");
        Task ban03 = villageTask(instance, "tam-quang-ban-03");
        Map<String, Object> implausible = figures(9_999);
        String explainHere = "vui lòng giải thích ở mục \"Giải trình số liệu vượt mức thường gặp\".";
        assertThat(refusal(() -> submit("totruong-ban-03", ban03.getId(), implausible))).isEqualTo(
                "Đến từng hộ gia đình hướng dẫn: 9.999 vượt mức thường gặp của một Tổ trong tháng (tối đa 600); " + explainHere);
        implausible.put("eWallet", 601L);
        assertThat(refusal(() -> submit("totruong-ban-03", ban03.getId(), implausible))).isEqualTo(
                "Đến từng hộ gia đình hướng dẫn: 9.999 vượt mức thường gặp của một Tổ trong tháng (tối đa 600); "
                        + "Ví điện tử: 601 vượt mức thường gặp của một Tổ trong tháng (tối đa 600); " + explainHere);
        implausible.put("figuresExplanation", "x");
        assertThat(refusal(() -> submit("totruong-ban-03", ban03.getId(), implausible))).isEqualTo(
                "Giải trình số liệu vượt mức thường gặp quá ngắn: vui lòng viết ít nhất một câu ngắn nói rõ nội dung "
                        + "(từ 10 ký tự và 2 từ trở lên).");
        assertThat(villageTask(instance, "tam-quang-ban-03")).as("nothing refused is recorded").isNotNull();

        String explanation = "Có đợt ra quân cùng Đoàn thanh niên suốt tháng, thêm 5 cộng tác viên.";
        implausible.put("figuresExplanation", explanation);
        submit("totruong-ban-03", ban03.getId(), implausible);
        assertThat(villageReport(instance, "tam-quang-ban-03")).containsEntry("FIGURES_EXPLANATION", explanation)
                .containsEntry("REVIEW", null);
        assertThat(flagsOf(instance, "tam-quang-ban-03")).containsExactly(Map.entry("E_WALLET", 600L),
                Map.entry("HOUSEHOLD_VISIT", 600L));

        Task ban04 = villageTask(instance, "tam-quang-ban-04");
        String tooShort = " quá ngắn: vui lòng viết ít nhất một câu ngắn nói rõ nội dung (từ 10 ký tự và 2 từ trở lên), "
                + "hoặc để trống nếu không có gì cần nêu.";
        for (String nothing : List.of("không", "x", "...", "Không có.", "............")) {
            Map<String, Object> report = figures(10);
            report.put("difficulties", nothing);
            assertThat(refusal(() -> submit("totruong-ban-04", ban04.getId(), report))).as(nothing)
                    .isEqualTo("Khó khăn, vướng mắc" + tooShort);
        }
        Map<String, Object> unprintable = figures(10);
        unprintable.put("needs", "Cần thêm điện thoại 😀 cho hộ nghèo");
        assertThat(refusal(() -> submit("totruong-ban-04", ban04.getId(), unprintable))).isEqualTo(
                "Nhu cầu, kiến nghị của người dân có ký tự \"😀\" không in được trên văn bản hành chính; vui lòng bỏ ký tự "
                        + "này hoặc gõ lại bằng chữ tiếng Việt.");
        submitVillages(instance, team -> true);

        Map<String, Object> consolidation = formOf(task("consolidateReports", instance));
        String flagged = (String) consolidation.get("flaggedFigures");
        assertThat(flagged).startsWith("**Bản 03**: " + FormView.escape("Đến từng hộ gia đình hướng dẫn 9.999 "
                        + "(mức thường gặp 600); Ví điện tử 601 (mức thường gặp 600)"))
                .contains("*Giải trình số liệu vượt mức thường gặp:* " + FormView.escape(explanation))
                .doesNotContain("Bản 04");
        assertThat(refusal(() -> submit("totruong-xa", "consolidateReports", instance, Map.of("assessment", "Tốt"))))
                .isEqualTo("Đánh giá chung quá ngắn: vui lòng viết ít nhất một câu ngắn nói rõ nội dung "
                        + "(từ 10 ký tự và 2 từ trở lên).");
        submit("totruong-xa", "consolidateReports", instance, consolidation());
        assertThat(formOf(task("reviewReport", instance))).as("the Chairman reads them too").containsEntry("flaggedFigures", flagged);

        // A quarter's maximum is three months'.
        ProcessInstance quarter = request("chutich", "2024-Q1");
        Task ban01 = villageTask(quarter, "tam-quang-ban-01");
        assertThat(refusal(() -> submit("totruong-ban-01", ban01.getId(), figures(1_801)))).isEqualTo(
                "Đến từng hộ gia đình hướng dẫn: 1.801 vượt mức thường gặp của một Tổ trong quý (tối đa 1.800); " + explainHere);
        submit("totruong-ban-01", ban01.getId(), figures(1_800));
        assertThat(flagsOf(quarter, "tam-quang-ban-01")).isEmpty();
    }

    @Test
    void aReturnedVillageRevisesItsReportAndTheReportIsIssuedWithTheRevisedFiguresAndTheCorrectedText() throws IOException {
        ProcessInstance instance = request("chutich", "2024-04");
        Map<String, Object> ban05 = figures(700);
        ban05.put("figuresExplanation", "Có hai đợt ra quân cùng Đoàn thanh niên trong tháng.");
        submit("totruong-ban-05", villageTask(instance, "tam-quang-ban-05").getId(), ban05);
        Map<String, Object> ban07 = figures(10);
        String ban07sText = "Thiếu điện thoại thông minh cho người già.";
        ban07.put("difficulties", ban07sText);
        submit("totruong-ban-07", villageTask(instance, "tam-quang-ban-07").getId(), ban07);
        submitVillages(instance, team -> true);

        Map<String, Object> consolidation = formOf(task("consolidateReports", instance));
        assertThat(consolidation).containsEntry("canReturn", true).containsEntry("revisedVillages", "không có");
        assertThat((String) consolidation.get("returnableVillages"))
                .startsWith("tam-quang-ban-01:Bản 01;tam-quang-ban-02:Bản 02;").endsWith(";tam-quang-ban-18:Bản 18");
        String comment = "Số lượt đến hộ gia đình chưa khớp sổ ghi nhận hoạt động, đề nghị kiểm tra lại.";
        assertThat(refusal(() -> submit("totruong-xa", "consolidateReports", instance,
                Map.of("consolidationDecision", "return", "returnComment", comment))))
                .isEqualTo("Vui lòng chọn ít nhất một bản để trả lại.");
        assertThat(refusal(() -> submit("totruong-xa", "consolidateReports", instance, Map.of("consolidationDecision",
                "return", "returnedVillages", List.of("tam-quang-ban-05", "tam-thai-ban-01"), "returnComment", comment))))
                .isEqualTo("\"tam-thai-ban-01\" không phải một bản đã nộp báo cáo trong kỳ này; chỉ trả lại được báo cáo đã nộp.");
        assertThat(refusal(() -> submit("totruong-xa", "consolidateReports", instance,
                Map.of("consolidationDecision", "return", "returnedVillages", List.of("tam-quang-ban-05")))))
                .isEqualTo("Vui lòng nhập Nội dung các bản cần sửa.");
        assertThat(refusal(() -> submit("totruong-xa", "consolidateReports", instance, Map.of("consolidationDecision",
                "return", "returnedVillages", List.of("tam-quang-ban-05"), "returnComment", "sai số"))))
                .isEqualTo("Nội dung các bản cần sửa quá ngắn: vui lòng viết ít nhất một câu ngắn nói rõ nội dung "
                        + "(từ 10 ký tự và 2 từ trở lên).");

        String draft = "Các Tổ hoạt động đều; chờ Bản 05 sửa số liệu.";
        submit("totruong-xa", "consolidateReports", instance, Map.of("consolidationDecision", "return",
                "returnedVillages", List.of("tam-quang-ban-05"), "returnComment", comment, "assessment", draft));

        assertThat(instance).hasPassed("villageReportsReturned").isWaitingAt("reviseVillageReport");
        Task revision = task("reviseVillageReport", instance);
        assertThat(revision).isAssignedTo("totruong-ban-05").hasName("Sửa báo cáo tháng 4 năm 2024: Bản 05");
        assertThat(cycle(instance)).containsEntry("STATUS", "REVISING").containsEntry("ASSESSMENT", draft);
        assertThat(villageReport(instance, "tam-quang-ban-05")).containsEntry("REVIEW", "RETURNED")
                .containsEntry("RETURN_COMMENT", comment).containsEntry("RETURNED_BY", "totruong-xa");
        assertThat(formOf(revision)).containsEntry("returned", true).containsEntry("returnComment", FormView.escape(comment))
                .containsEntry("villageName", "Bản 05").containsEntry("householdVisit", 700L)
                .containsEntry("figuresExplanation", ban05.get("figuresExplanation"))
                .containsEntry("difficulties", "Sóng điện thoại yếu ở các bản vùng cao.");
        assertThat(runtimeService.getVariables(instance.getId())).as("the instance keeps its key and due instants only")
                .containsOnlyKeys(PeriodicReportVariables.CASE_KEY, PeriodicReportVariables.DUE_AT, PeriodicReportVariables.REMINDER_AT);

        submit("totruong-ban-05", revision.getId(), figures(12));

        assertThat(instance).hasPassed("reviseVillageReport").isWaitingAt("consolidateReports");
        assertThat(villageReport(instance, "tam-quang-ban-05")).containsEntry("REVIEW", "REVISED")
                .containsEntry("REVISED_BY", "totruong-ban-05").containsEntry("FIGURES_EXPLANATION", null)
                .containsEntry("RETURN_COMMENT", comment);
        assertThat(flagsOf(instance, "tam-quang-ban-05")).isEmpty();
        consolidation = formOf(task("consolidateReports", instance));
        assertThat(consolidation).containsEntry("revisedVillages", "Bản 05").containsEntry("assessment", draft)
                .containsEntry("flaggedFigures", "Không bản nào có số liệu vượt mức thường gặp\\.");
        assertThat((String) consolidation.get("villageTable")).contains("| Bản 05 | Đúng hạn | 12 |");

        String lines = (String) consolidation.get("villageDifficulties");
        assertThat(lines).contains("Bản 07: " + ban07sText + "\n");
        String corrected = lines.replace("Bản 07: " + ban07sText, "bản 07 : Thiếu điện thoại thông minh cho người cao tuổi.")
                .replace("Bản 01: Sóng điện thoại yếu ở các bản vùng cao.\n", "");
        assertThat(refusal(() -> submit("totruong-xa", "consolidateReports", instance,
                Map.of("assessment", draft, "villageDifficulties", "Ghi chú chung của xã\n" + corrected))))
                .isEqualTo("Khó khăn, vướng mắc của các bản: mỗi bản một dòng, bắt đầu bằng tên bản và dấu hai chấm "
                        + "(ví dụ \"Bản 01: ...\"); dòng \"Ghi chú chung của xã\" không bắt đầu bằng tên một bản đã nộp báo cáo.");
        assertThat(refusal(() -> submit("totruong-xa", "consolidateReports", instance,
                Map.of("assessment", draft, "villageDifficulties", corrected + "\nBản 07: Thêm một dòng nữa cho bản này."))))
                .isEqualTo("Khó khăn, vướng mắc của các bản: Bản 07 có hai dòng; mỗi bản chỉ một dòng.");
        assertThat(refusal(() -> submit("totruong-xa", "consolidateReports", instance,
                Map.of("assessment", draft, "villageDifficulties", corrected.replace("người cao tuổi.", "người cao tuổi.\nok")
                        .replace("Bản 02: Sóng điện thoại yếu ở các bản vùng cao.", "Bản 02: ok")))))
                .isEqualTo("Khó khăn, vướng mắc của Bản 02" + " quá ngắn: vui lòng viết ít nhất một câu ngắn nói rõ nội dung "
                        + "(từ 10 ký tự và 2 từ trở lên), hoặc để trống nếu không có gì cần nêu.");

        // A line that does not name a village continues the one above it, as the report joins a village's lines.
        submit("totruong-xa", "consolidateReports", instance, Map.of("assessment", "Các Tổ hoàn thành kế hoạch tháng 4.",
                "villageDifficulties", corrected.replace("người cao tuổi.", "người cao tuổi.\nCần hỗ trợ từ doanh nghiệp.")));

        assertThat(instance).isWaitingAt("reviewReport");
        assertThat(jdbc.queryForList("""
                select r.team_code || ' ' || c.text_kind || ' ' || coalesce(c.corrected_text, '(không in)') || ' ' || c.corrected_by
                from village_report_correction c join village_report r on r.id = c.village_report_id
                join reporting_cycle y on y.id = r.cycle_id
                where y.case_key = 'BC-tam-quang-2024-04' order by r.team_code""", String.class)).containsExactly(
                "tam-quang-ban-01 DIFFICULTIES (không in) totruong-xa",
                "tam-quang-ban-07 DIFFICULTIES Thiếu điện thoại thông minh cho người cao tuổi.; Cần hỗ trợ từ doanh nghiệp. totruong-xa");
        assertThat(villageReport(instance, "tam-quang-ban-07")).as("the village's own text is kept")
                .containsEntry("DIFFICULTIES", ban07sText);
        assertThat((String) formOf(task("reviewReport", instance)).get("villageNotes"))
                .contains(FormView.escape("người cao tuổi.; Cần hỗ trợ từ doanh nghiệp. (Tổ trưởng Tổ công nghệ số xã đã sửa)"))
                .doesNotContain("người già");
        submit("chutich", "reviewReport", instance, Map.of("approved", "true"));

        assertThat(instance).isEnded().hasPassed("issueReport");
        String pdf = issuedPdfText("BC-tam-quang-2024-04");
        assertThat(pdf).contains("Bản 07: Thiếu điện thoại thông minh cho người cao tuổi.; Cần hỗ trợ từ doanh")
                .contains("Bản 02: Sóng điện thoại yếu ở các bản vùng cao.").doesNotContain("Bản 01: Sóng")
                .doesNotContain("người già").contains("Các Tổ hoàn thành kế hoạch tháng 4.")
                .contains(String.valueOf(10 * (TAM_QUANG_VILLAGES - 1) + 12)).doesNotContain("700");
        assertThat(variableNames(instance)).doesNotContainAnyElementsOf(FACTS);
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
        assertThat(consolidation).doesNotContainKeys(COMMUNE_TEXTS.toArray(String[]::new))
                .containsEntry("villageDifficulties", "Bản 01: " + ban01sText);
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
        submit("totruong-xa", "consolidateReports", instance, Map.of("assessment", "**Tốt** cả năm"));
        Map<String, Object> review = formOf(task("reviewReport", instance));
        assertThat(review).containsEntry("assessment", "\\*\\*Tốt\\*\\* cả năm");
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

    /** A village's report in the cycle, as recorded. */
    private Map<String, Object> villageReport(ProcessInstance instance, String teamCode) {
        return jdbc.queryForMap("""
                select r.* from village_report r join reporting_cycle c on c.id = r.cycle_id
                where c.commune_code = ? and c.case_key = ? and r.team_code = ?""",
                instance.getTenantId(), instance.getBusinessKey(), teamCode);
    }

    /** A village's flagged figures in the cycle: activity type to the plausible maximum it passed, in type name order. */
    private Map<String, Long> flagsOf(ProcessInstance instance, String teamCode) {
        Map<String, Long> flags = new java.util.LinkedHashMap<>();
        jdbc.query("""
                select f.activity_type, f.plausible_maximum from village_report_flag f
                join village_report r on r.id = f.village_report_id join reporting_cycle c on c.id = r.cycle_id
                where c.commune_code = ? and c.case_key = ? and r.team_code = ? order by f.activity_type""",
                (java.sql.ResultSet rs) -> {
                    flags.put(rs.getString(1), rs.getLong(2));
                }, instance.getTenantId(), instance.getBusinessKey(), teamCode);
        return flags;
    }

    /** The text of the case's issued report, as its PDF was stored. */
    private String issuedPdfText(String caseKey) throws IOException {
        byte[] pdf = jdbc.queryForObject("select pdf from document where case_key = ?", byte[].class, caseKey);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
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

    /** The consolidation's prefill of one kind of the villages' texts when the first {@code villages} all wrote {@code text}. */
    private static String villageLines(int villages, String text) {
        List<String> lines = new ArrayList<>();
        for (int village = 1; village <= villages; village++) {
            lines.add(String.format("Bản %02d: %s", village, text));
        }
        return String.join("\n", lines);
    }

    private static List<String> facts() {
        List<String> facts = new ArrayList<>(List.of("communeCode", "communeName", "period", "periodLabel", "dueDate",
                "dueText", "requestedBy", "requestedByName", "villageName", "teamName", "villageTable", "lateVillages",
                "missingVillages", "assessment", "difficulties", "proposals", "nextTasks", "needs", "nextPlan",
                "vulnerableHelped", "reportApproved", "reviewComment", "decisionNote", "reviewerName", "signer",
                "reportNumber", "reportDocumentId", "lateVillageDecision", "figuresExplanation", "returnedVillages",
                "returnComment", "villageDifficulties", "villageNeeds", "villageNextPlans", "consolidationDecision",
                "returnableVillages", "flaggedFigures"));
        for (ActivityType type : ActivityType.values()) {
            facts.add(type.variable());
        }
        return List.copyOf(facts);
    }

    private static String refusal(Runnable action) {
        return CaseActions.vietnameseMessageOf(catchThrowable(action::run));
    }
}
