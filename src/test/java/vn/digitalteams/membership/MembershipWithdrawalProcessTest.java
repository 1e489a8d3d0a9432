package vn.digitalteams.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

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
import vn.digitalteams.engineapi.FormView;
import vn.digitalteams.engineapi.TaskContext;
import vn.digitalteams.team.Gender;
import vn.digitalteams.team.MembershipRole;
import vn.digitalteams.team.PersonDetails;
import vn.digitalteams.team.Admissions;

/**
 * Every path of processes/membership-withdrawal.bpmn, on the real engine, services and database. The
 * case's facts are in withdrawal_case; the instance keeps only the variables the flow routes on.
 */
@IntegrationTest
class MembershipWithdrawalProcessTest {

    private static final String PROCESS = "membership-withdrawal";
    /** Citizen ids no demo person has: 0400 (male, 1900s) + 88 + serial from 600000. */
    private static final AtomicInteger SERIAL = new AtomicInteger(600_000);

    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired CaseActions cases;
    @Autowired Admissions teams;
    @Autowired JdbcTemplate jdbc;
    @Autowired MembershipTaskForms taskForms;

    @BeforeEach
    void useTheApplicationsEngine() {
        cases.assertOnTheApplicationsEngine();
    }

    @Test
    void approvedWithdrawalEndsTheMembershipAndIssuesTheDecision() {
        String citizenId = newMember("tam-quang-ban-01", "Lò Văn Xin Nghỉ");
        ProcessInstance instance = cases.startAs("totruong-ban-01", PROCESS, request(citizenId));

        assertThat(instance).isWaitingAt("approveWithdrawal").task().hasCandidateGroup("chairman")
                .hasName("Phê duyệt cho thôi tham gia: Lò Văn Xin Nghỉ – Tổ công nghệ số cộng đồng bản 01");
        assertThat(instance.getBusinessKey()).matches("RT-\\d{4}-\\d{4}");
        assertThat(record(instance)).containsEntry("STATUS", "AWAITING_APPROVAL")
                .containsEntry("MEMBERSHIP_ID", membership(citizenId).get("ID")).containsEntry("MEMBER_NAME", "Lò Văn Xin Nghỉ")
                .containsEntry("MEMBER_CITIZEN_ID", citizenId)
                .containsEntry("MEMBER_ROLE", membership(citizenId).get("ROLE"))
                .containsEntry("TEAM_CODE", "tam-quang-ban-01").containsEntry("REQUEST_DATE", Date.valueOf("2026-11-20"))
                .containsEntry("REASON", "Chuyển đi làm ăn xa, không còn thời gian tham gia.")
                .containsEntry("REFERRER_ID", "totruong-ban-01").containsEntry("SUCCESSOR_NAME", null);
        assertThat(runtimeService.getVariables(instance.getId())).as("only what the flow routes on")
                .containsOnlyKeys(WithdrawalVariables.CASE_KEY, WithdrawalVariables.APPROVAL_DUE_DATE,
                        WithdrawalVariables.REFERRER_ID);
        cases.completeAs("chutich", null, instance, withVariables(WithdrawalVariables.APPROVED, true));

        assertThat(instance).isEnded().hasPassed("withdrawMember", "memberWithdrawn").hasNotPassed("recruitMembers");
        assertThat(membership(citizenId)).containsEntry("STATUS", "WITHDRAWN").containsEntry("LEFT_ON", Date.valueOf("2026-11-20"));
        Map<String, Object> record = record(instance);
        assertThat(record).containsEntry("STATUS", "MEMBER_LEFT").containsEntry("TEAM_BELOW_MINIMUM", false)
                .containsEntry("DECIDED_BY", "chutich").containsEntry("SIGNER", "CHAIRMAN");
        assertThat(jdbc.queryForObject("select number from document where id = ?", String.class,
                record.get("DECISION_DOCUMENT_ID"))).isEqualTo(record.get("DECISION_NUMBER")).isNotNull();
    }

    /** The form names the member by citizen id only: a membership id sent along, at the start or with the approval, is no input. */
    @Test
    void theMemberIsTheOneTheCitizenIdNamesInTheLeadersTeam() {
        String citizenId = newMember("tam-quang-ban-06", "Lò Văn Theo Số");
        String other = newMember("tam-quang-ban-06", "Lò Văn Người Khác");
        Map<String, Object> withAnId = request(citizenId);
        withAnId.put("membershipId", membership(other).get("ID"));

        ProcessInstance instance = cases.startAs("totruong-ban-06", PROCESS, withAnId);

        assertThat(record(instance)).containsEntry("MEMBER_NAME", "Lò Văn Theo Số")
                .containsEntry("MEMBERSHIP_ID", membership(citizenId).get("ID")).containsEntry("TEAM_CODE", "tam-quang-ban-06");

        cases.completeAs("chutich", null, instance, withVariables(WithdrawalVariables.APPROVED, true,
                "membershipId", membership(other).get("ID"), "requestDate", "2026-01-06"));

        assertThat(membership(citizenId)).containsEntry("STATUS", "WITHDRAWN").containsEntry("LEFT_ON", Date.valueOf("2026-11-20"));
        assertThat(membership(other)).containsEntry("STATUS", "ACTIVE");
    }

    @Test
    void aTeamLeftWithFewerThanFiveMembersMustRecruitAndTheCommuneLeaderIsTold() {
        String citizenId = demoMemberOf("tam-quang-ban-15");
        ProcessInstance instance = cases.startAs("totruong-ban-15", PROCESS, request(citizenId));
        cases.completeAs("chutich", null, instance, withVariables(WithdrawalVariables.APPROVED, true));

        assertThat(instance).isWaitingAt("recruitMembers", "noteUnderstaffedTeam");
        assertThat(runtimeService.getVariables(instance.getId())).containsOnlyKeys(WithdrawalVariables.CASE_KEY,
                WithdrawalVariables.APPROVAL_DUE_DATE, WithdrawalVariables.REFERRER_ID, WithdrawalVariables.APPROVED,
                WithdrawalVariables.TEAM_BELOW_MINIMUM).containsEntry(WithdrawalVariables.TEAM_BELOW_MINIMUM, true);
        assertThat(record(instance)).containsEntry("TEAM_BELOW_MINIMUM", true);
        assertThat(formOf(instance, "recruitMembers")).containsOnlyKeys("caseKey", "fullName", "teamName", "decisionNumber",
                "decisionUrl").containsEntry("decisionUrl", "/api/documents/" + record(instance).get("DECISION_DOCUMENT_ID") + "/pdf");
        assertThat(formOf(instance, "noteUnderstaffedTeam")).containsOnlyKeys("caseKey", "fullName", "teamName",
                "decisionNumber", "referrerName");
        assertThat(instance).task("recruitMembers").isAssignedTo("totruong-ban-15")
                .hasName("Bổ sung thành viên: Tổ công nghệ số cộng đồng bản 15");
        assertThat(instance).task("noteUnderstaffedTeam").hasCandidateGroup("commune-leader")
                .hasName("Tổ dưới 5 thành viên: Tổ công nghệ số cộng đồng bản 15");

        cases.completeAs("totruong-ban-15", "recruitMembers", instance, withVariables("recruitmentPlan", "Vận động 2 giáo viên."));
        cases.completeAs("totruong-xa", "noteUnderstaffedTeam", instance, Map.of());
        assertThat(instance).isEnded().hasPassed("recruitmentAcknowledged", "communeLeaderInformed");
        assertThat(record(instance)).containsEntry("RECRUITMENT_PLAN", "Vận động 2 giáo viên.");
    }

    @Test
    void rejectedWithdrawalChangesNothingAndTellsTheLeaderWhy() {
        String citizenId = newMember("tam-quang-ban-02", "Lô Văn Ở Lại");
        ProcessInstance instance = cases.startAs("totruong-ban-02", PROCESS, request(citizenId));

        cases.completeAs("chutich", null, instance, withVariables(WithdrawalVariables.APPROVED, false,
                "decisionNote", "Đề nghị thành viên cân nhắc thêm."));

        assertThat(instance).isWaitingAt("acknowledgeWithdrawalRejection").task().isAssignedTo("totruong-ban-02")
                .hasName("Thông báo không được thôi tham gia: Lô Văn Ở Lại – Tổ công nghệ số cộng đồng bản 02");
        assertThat(membership(citizenId)).containsEntry("STATUS", "ACTIVE");
        assertThat(record(instance)).containsEntry("STATUS", "REJECTED")
                .containsEntry("DECISION_NOTE", "Đề nghị thành viên cân nhắc thêm.").containsEntry("DECISION_NUMBER", null);
        assertThat(formOf(instance, "acknowledgeWithdrawalRejection")).containsOnlyKeys("caseKey", "fullName", "teamName",
                "decisionNote").containsEntry("decisionNote", "Đề nghị thành viên cân nhắc thêm\\.");
        cases.completeAs("totruong-ban-02", null, instance, Map.of());
        assertThat(instance).isEnded().hasPassed("withdrawalRejected").hasNotPassed("withdrawMember");
    }

    @Test
    void aLeaderLeavesOnlyWithASuccessorWhoTakesTheRole() {
        String leader = citizenIdOf("tam-quang-ban-14", "LEADER");
        String deputy = citizenIdOf("tam-quang-ban-14", "DEPUTY");

        assertThat(cases.refusalOfStart("totruong-ban-14", PROCESS, request(leader))).endsWith("đang là tổ trưởng hoặc tổ phó: cần chỉ định người thay thế trong cùng hồ sơ.");

        Map<String, Object> withSuccessor = request(leader);
        withSuccessor.put("successorCitizenId", deputy);
        ProcessInstance instance = cases.startAs("totruong-ban-14", PROCESS, withSuccessor);
        assertThat(record(instance)).containsEntry("MEMBER_ROLE", "LEADER").containsEntry("SUCCESSOR_CITIZEN_ID", deputy);
        assertThat(formOf(instance, "approveWithdrawal")).as("what forms/withdrawal-approval.form shows")
                .containsOnlyKeys("caseKey", "fullName", "teamName", "roleName", "communeName", "requestDateText", "reason",
                        "referrerName", "approvalDueText", "successorName", "draftUrl")
                .containsEntry("roleName", "tổ trưởng").containsEntry("requestDateText", "20\\/11\\/2026")
                .containsEntry("successorName", FormView.escape((String) record(instance).get("SUCCESSOR_NAME")))
                .containsEntry("draftUrl", "/api/documents/drafts/" + instance.getBusinessKey());
        cases.completeAs("chutich", null, instance, withVariables(WithdrawalVariables.APPROVED, true));

        assertThat(membership(leader)).containsEntry("STATUS", "WITHDRAWN");
        assertThat(membership(deputy)).containsEntry("ROLE", "LEADER").containsEntry("STATUS", "ACTIVE");
    }

    @Test
    void overdueApprovalRemindsTheChairmanAndTenDaysEscalate() {
        ProcessInstance instance = cases.startAs("totruong-ban-03", PROCESS, request(newMember("tam-quang-ban-03", "Hà Văn Chờ Lâu")));

        execute(job("withdrawalOverdue", instance));
        assertThat(instance).hasPassed("remindChairmanOfWithdrawal", "chairmanRemindedOfWithdrawal").isWaitingAt("approveWithdrawal");
        assertThat(task(instance).getPriority()).isEqualTo(RemindApprover.OVERDUE_PRIORITY);

        execute(job("withdrawalStalled", instance));
        assertThat(instance).isWaitingAt("approveWithdrawal", "escalateWithdrawal");
        assertThat(instance).task("escalateWithdrawal").hasName("Đôn đốc phê duyệt cho thôi tham gia: Hà Văn Chờ Lâu – "
                + "Tổ công nghệ số cộng đồng bản 03");
        assertThat(formOf(instance, "escalateWithdrawal")).containsOnlyKeys("caseKey", "fullName", "teamName", "referrerName");
        cases.completeAs("vanhoa", "escalateWithdrawal", instance, withVariables("escalationNote", "Đã nhắc trực tiếp."));
        assertThat(instance).hasPassed("withdrawalEscalationHandled").isWaitingAt("approveWithdrawal");
        assertThat(record(instance)).containsEntry("ESCALATION_NOTE", "Đã nhắc trực tiếp.").containsEntry("ESCALATED_BY", "vanhoa");
    }

    @Test
    void badProposalsAreRefusedInVietnameseBeforeAnyInstanceOrRecordExists() {
        long before = runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS).count();
        long recordsBefore = jdbc.queryForObject("select count(*) from withdrawal_case", Long.class);
        Map<String, Object> noReason = request(newMember("tam-quang-ban-04", "Vi Văn Thiếu Lý Do"));
        noReason.remove("reason");
        Map<String, Object> stranger = request("040088699999");
        Map<String, Object> notTheirTeam = request(newMember("tam-quang-ban-04", "Vi Văn Tổ Khác"));
        notTheirTeam.put("teamCode", "tam-quang-ban-04");

        assertThat(cases.refusalOfStart("totruong-ban-04", PROCESS, noReason)).isEqualTo("Vui lòng nhập Lý do xin ra khỏi Tổ.");
        assertThat(cases.refusalOfStart("totruong-ban-04", PROCESS, stranger)).isEqualTo(
                "Không tìm thấy thành viên có số CCCD \"040088699999\" trong Tổ công nghệ số cộng đồng bản 04.");
        assertThat(cases.refusalOfStart("totruong-ban-05", PROCESS, notTheirTeam)).isEqualTo(
                "Chỉ tổ trưởng của Tổ công nghệ số cộng đồng bản 04 mới được giới thiệu hoặc đề nghị cho tổ này.");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS).count()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from withdrawal_case", Long.class)).isEqualTo(recordsBefore);
    }

    private static Map<String, Object> request(String citizenId) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("citizenId", citizenId);
        variables.put("requestDate", "2026-11-20");
        variables.put("reason", "Chuyển đi làm ăn xa, không còn thời gian tham gia.");
        return variables;
    }

    private String newMember(String teamCode, String fullName) {
        String citizenId = "040088" + SERIAL.getAndIncrement();
        teams.admit("tam-quang", teamCode, new PersonDetails(fullName, LocalDate.of(1988, 2, 2), Gender.MALE, null, citizenId, "ban-01",
                null, false, null), MembershipRole.MEMBER, LocalDate.of(2026, 1, 5), null);
        return citizenId;
    }

    private String demoMemberOf(String teamCode) {
        return citizenIdOf(teamCode, "MEMBER");
    }

    private String citizenIdOf(String teamCode, String role) {
        return jdbc.queryForList("select p.citizen_id from person p join membership m on m.person_id = p.id "
                + "join team t on t.id = m.team_id where t.code = ? and m.role = ? and m.status = 'ACTIVE' "
                + "order by p.id", String.class, teamCode, role).get(0);
    }

    /** What the task's form is filled with (engine API's {@code task/{id}/form-variables}). */
    private Map<String, Object> formOf(ProcessInstance instance, String taskKey) {
        Task task = task(taskKey, instance);
        return taskForms.view(new TaskContext(task.getId(), taskKey, PROCESS, instance.getId(), task.getExecutionId(),
                instance.getTenantId(), instance.getBusinessKey(), task.getAssignee())).values();
    }

    private Map<String, Object> record(ProcessInstance instance) {
        return jdbc.queryForMap("select * from withdrawal_case where commune_code = ? and case_key = ?",
                instance.getTenantId(), instance.getBusinessKey());
    }

    private Map<String, Object> membership(String citizenId) {
        return jdbc.queryForMap("select m.id, m.role, m.status, m.left_on from membership m join person p on p.id = m.person_id "
                + "where p.citizen_id = ? order by m.id desc limit 1", citizenId);
    }
}
