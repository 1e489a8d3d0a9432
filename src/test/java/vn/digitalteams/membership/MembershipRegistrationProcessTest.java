package vn.digitalteams.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

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
import vn.digitalteams.TestNames;
import vn.digitalteams.TestUsers;
import vn.digitalteams.engineapi.TaskContext;
import vn.digitalteams.identity.UserAccounts;
import vn.digitalteams.team.Admissions;
import vn.digitalteams.team.Gender;
import vn.digitalteams.team.MembershipRole;
import vn.digitalteams.team.PersonDetails;

/**
 * Every path of processes/membership-registration.bpmn, on the real engine, services and database. The
 * case's facts are in registration_case; the instance keeps only the variables the flow routes on.
 */
@IntegrationTest
class MembershipRegistrationProcessTest {

    private static final String PROCESS = "membership-registration";
    /** Citizen ids no demo person has: 0401 (female, 1900s) + 95 + serial from 700000. */
    private static final AtomicInteger SERIAL = new AtomicInteger(700_000);

    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired CaseActions cases;
    @Autowired TestUsers users;
    @Autowired UserAccounts accounts;
    @Autowired Admissions teams;
    @Autowired JdbcTemplate jdbc;
    @Autowired MembershipTaskForms taskForms;

    @BeforeEach
    void useTheApplicationsEngine() {
        cases.assertOnTheApplicationsEngine();
    }

    @Test
    void approvedReferralAdmitsTheMemberAndIssuesTheDecision() {
        // Bản 13's team, which no other test admits into: an admission as a member needs room in the team.
        Map<String, Object> referral = referral("Lò Thị Ánh Nguyệt");
        referral.put("villageCode", "ban-13");
        ProcessInstance instance = cases.startAs("totruong-ban-13", PROCESS, referral);

        assertThat(instance).isWaitingAt("approveMembership").task()
                .hasCandidateGroup("chairman").hasName("Phê duyệt kết nạp: Lò Thị Ánh Nguyệt – Bản 13");
        assertThat(instance.getBusinessKey()).matches("TV-\\d{4}-\\d{4}");
        assertThat(instance.getTenantId()).isEqualTo("tam-quang");
        assertThat(record(instance)).containsEntry("STATUS", "AWAITING_APPROVAL")
                .containsEntry("TEAM_CODE", "tam-quang-ban-13").containsEntry("TEAM_NAME", "Tổ công nghệ số cộng đồng bản 13")
                .containsEntry("FULL_NAME", "Lò Thị Ánh Nguyệt").containsEntry("CITIZEN_ID", referral.get("citizenId"))
                .containsEntry("PHONE", "0912345678").containsEntry("VILLAGE_NAME", "Bản 13")
                .containsEntry("REFERRER_ID", "totruong-ban-13")
                .containsEntry("REFERRER_NAME", accounts.displayName("totruong-ban-13"));
        assertThat(runtimeService.getVariables(instance.getId())).as("only what the flow routes on")
                .containsOnlyKeys(RegistrationVariables.CASE_KEY, RegistrationVariables.APPROVAL_DUE_DATE,
                        RegistrationVariables.REFERRER_ID)
                .containsEntry(RegistrationVariables.CASE_KEY, instance.getBusinessKey())
                .containsEntry(RegistrationVariables.REFERRER_ID, "totruong-ban-13");
        assertThat(task(instance).getDueDate()).isEqualTo(runtimeService.getVariable(instance.getId(),
                RegistrationVariables.APPROVAL_DUE_DATE));

        cases.completeAs("chutich", null, instance, withVariables(RegistrationVariables.APPROVED, true));

        assertThat(instance).hasPassed("admitMember").isWaitingAt("acknowledgeAdmission").task()
                .isAssignedTo("totruong-ban-13").hasName("Thông báo đã được kết nạp: Lò Thị Ánh Nguyệt – Bản 13");
        Map<String, Object> record = record(instance);
        assertThat(record).containsEntry("STATUS", "ADMITTED").containsEntry("ADMITTED_AS", "MEMBER")
                .containsEntry("DECIDED_BY", "chutich").containsEntry("DECIDED_BY_NAME", "Lương Văn Hùng")
                .containsEntry("SIGNER", "CHAIRMAN");
        assertThat(record.get("DECIDED_AT")).isNotNull();
        assertThat(membership(referral)).containsEntry("ROLE", "MEMBER").containsEntry("STATUS", "ACTIVE")
                .containsEntry("ID", record.get("MEMBERSHIP_ID")).containsEntry("DECISION_NUMBER", record.get("DECISION_NUMBER"));
        assertThat(jdbc.queryForObject("select number from document where id = ?", String.class,
                record.get("DECISION_DOCUMENT_ID"))).isEqualTo(record.get("DECISION_NUMBER"));
        assertThat(runtimeService.getVariables(instance.getId())).doesNotContainKeys("admittedAs", "decisionNumber",
                "decisionUrl", "approverId", "approverName", "signer", "fullName", "teamName");

        cases.completeAs("totruong-ban-13", null, instance, Map.of());
        assertThat(instance).isEnded().hasPassed("memberAdmitted");
    }

    @Test
    void pastTenMembersTheApprovedPersonBecomesACollaborator() {
        fillToTen("tam-quang-ban-17");
        Map<String, Object> referral = referral("Vi Văn Mười Một");
        ProcessInstance instance = cases.startAs("totruong-ban-17", PROCESS, referral);
        assertThat(record(instance)).containsEntry("TEAM_IS_FULL", true).containsEntry("TEAM_SIZE", 10);

        cases.completeAs("chutich", null, instance, withVariables(RegistrationVariables.APPROVED, true));

        assertThat(record(instance)).containsEntry("ADMITTED_AS", "COLLABORATOR");
        assertThat(membership(referral)).containsEntry("ROLE", "COLLABORATOR");
    }

    @Test
    void aViceChairmanApprovesAndSignsAsVice() {
        ProcessInstance instance = cases.startAs("totruong-ban-03", PROCESS, referral("Lữ Thị Hoa"));

        cases.completeAs("phochutich", null, instance, withVariables(RegistrationVariables.APPROVED, true));

        assertThat(record(instance)).containsEntry("SIGNER", "VICE_CHAIRMAN").containsEntry("DECIDED_BY_NAME", "Hà Thị Thủy");
    }

    @Test
    void rejectedReferralCreatesNothingAndTellsTheLeaderWhy() {
        Map<String, Object> referral = referral("Kha Văn Từ Chối");
        ProcessInstance instance = cases.startAs("totruong-ban-04", PROCESS, referral);

        cases.completeAs("chutich", null, instance, withVariables(RegistrationVariables.APPROVED, false,
                "decisionNote", "Chưa đủ 16 tuổi theo hồ sơ gốc."));

        assertThat(instance).hasPassed("approvalDecided").isWaitingAt("acknowledgeRejection").task()
                .isAssignedTo("totruong-ban-04").hasName("Thông báo không được kết nạp: Kha Văn Từ Chối – Bản 01");
        assertThat(record(instance)).containsEntry("STATUS", "REJECTED")
                .containsEntry("DECISION_NOTE", "Chưa đủ 16 tuổi theo hồ sơ gốc.").containsEntry("MEMBERSHIP_ID", null);
        assertThat(formOf(instance, "acknowledgeRejection")).as("what forms/approval-rejected.form shows, no more")
                .containsOnlyKeys("caseKey", "fullName", "teamName", "decisionNote")
                .containsEntry("decisionNote", "Chưa đủ 16 tuổi theo hồ sơ gốc\\.");
        assertThat(personCount(referral)).isZero();
        cases.completeAs("totruong-ban-04", null, instance, Map.of());
        assertThat(instance).isEnded().hasPassed("referralRejected").hasNotPassed("admitMember");
    }

    @Test
    void aRejectionWithoutAReasonIsRefusedAndTheTaskStaysOpen() {
        ProcessInstance instance = cases.startAs("totruong-ban-04", PROCESS, referral("Kha Thị Chưa Rõ"));
        Throwable refusal = catchThrowable(() -> cases.completeAs("chutich", null, instance,
                Map.of(RegistrationVariables.APPROVED, false)));

        assertThat(CaseActions.vietnameseMessageOf(refusal)).isEqualTo("Vui lòng nhập Lý do không đồng ý.");
        assertThat(instance).isWaitingAt("approveMembership");
        assertThat(record(instance)).containsEntry("STATUS", "AWAITING_APPROVAL").containsEntry("DECIDED_BY", null);
    }

    @Test
    void theLeaderMayWithdrawTheReferralWhileItAwaitsApproval() {
        Map<String, Object> referral = referral("Moong Văn Rút");
        ProcessInstance instance = cases.startAs("totruong-ban-05", PROCESS, referral);

        runtimeService.createMessageCorrelation(MembershipCaseController.REFERRAL_WITHDRAWN)
                .processInstanceId(instance.getId()).correlate();

        assertThat(instance).isEnded().hasPassed("referralWithdrawnEnd").hasNotPassed("admitMember");
        assertThat(personCount(referral)).isZero();
    }

    @Test
    void whenTheDeadlinePassesTheChairmanIsRemindedAndTheTaskStays() {
        ProcessInstance instance = cases.startAs("totruong-ban-06", PROCESS, referral("Ngân Thị Nhắc"));

        execute(job("approvalOverdue", instance));

        assertThat(instance).hasPassed("remindChairman", "chairmanReminded").isWaitingAt("approveMembership");
        Task task = task(instance);
        assertThat(task.getPriority()).isEqualTo(RemindApprover.OVERDUE_PRIORITY);
        assertThat(taskService.getTaskComments(task.getId())).extracting("fullMessage")
                .containsExactly("Đã quá hạn 5 ngày làm việc: đề nghị Chủ tịch xem xét, phê duyệt sớm.");
    }

    @Test
    void afterTenDaysTheCommuneLeaderIsAskedToFollowUpAndWhatTheyDidIsRecorded() {
        ProcessInstance instance = cases.startAs("totruong-ban-07", PROCESS, referral("Lang Văn Đôn Đốc"));

        execute(job("approvalStalled", instance));

        assertThat(instance).isWaitingAt("approveMembership", "escalateApproval");
        assertThat(instance).task("escalateApproval").hasCandidateGroup("commune-leader").hasCandidateGroup("officer")
                .hasName("Đôn đốc phê duyệt kết nạp: Lang Văn Đôn Đốc – Bản 01");
        assertThat(formOf(instance, "escalateApproval")).containsOnlyKeys("caseKey", "fullName", "teamName", "referrerName");
        cases.completeAs("totruong-xa", "escalateApproval", instance, withVariables("escalationNote", "Đã báo cáo Chủ tịch."));
        assertThat(instance).hasPassed("escalationHandled").isWaitingAt("approveMembership");
        assertThat(record(instance)).containsEntry("ESCALATION_NOTE", "Đã báo cáo Chủ tịch.")
                .containsEntry("ESCALATED_BY", "totruong-xa");
        assertThat(runtimeService.getVariables(instance.getId())).doesNotContainKey("escalationNote");
    }

    @Test
    void badInputIsRefusedInVietnameseBeforeAnyInstanceOrRecordExists() {
        long before = runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS).count();
        long recordsBefore = jdbc.queryForObject("select count(*) from registration_case", Long.class);
        Map<String, Object> noName = referral(" ");
        Map<String, Object> badId = referral("Lò Văn Sai Số");
        badId.put("citizenId", "04019512");
        Map<String, Object> badDate = referral("Lò Văn Sai Ngày");
        badDate.put("birthDate", "31/13/1995");

        assertThat(cases.refusalOfStart("totruong-ban-01", PROCESS, noName)).isEqualTo("Vui lòng nhập Họ và tên.");
        assertThat(cases.refusalOfStart("totruong-ban-01", PROCESS, badId)).isEqualTo("Số CCCD \"04019512\" không hợp lệ: phải gồm đúng 12 chữ số.");
        assertThat(cases.refusalOfStart("totruong-ban-01", PROCESS, badDate)).isEqualTo("Ngày sinh phải là một ngày hợp lệ, dạng ngày/tháng/năm (ví dụ 12/04/1996).");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS).count()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from registration_case", Long.class)).isEqualTo(recordsBefore);
    }

    @Test
    void aDateTypedAsPeopleWriteItIsDayMonthYear() {
        Map<String, Object> typed = referral("Lò Thị Gõ Tay");
        typed.put("birthDate", "12/04/1995");

        ProcessInstance instance = cases.startAs("totruong-ban-10", PROCESS, typed);

        assertThat(record(instance)).containsEntry("BIRTH_DATE", Date.valueOf("1995-04-12"));
    }

    @Test
    void aLeaderRefersOnlyIntoTheirOwnTeamOfTheirOwnCommune() {
        Map<String, Object> intoAnotherTeam = referral("Hà Văn Nhầm Tổ");
        intoAnotherTeam.put("teamCode", "tam-quang-ban-01");
        Map<String, Object> intoAnotherCommune = referral("Hà Văn Nhầm Xã");
        intoAnotherCommune.put("teamCode", "tam-quang-ban-01");

        assertThat(cases.refusalOfStart("totruong-ban-02", PROCESS, intoAnotherTeam))
                .isEqualTo("Chỉ tổ trưởng của Tổ công nghệ số cộng đồng bản 01 mới được giới thiệu hoặc đề nghị cho tổ này.");
        assertThat(cases.refusalOfStart("totruong-tamthai-ban-01", PROCESS, intoAnotherCommune))
                .isEqualTo("Tổ có mã \"tam-quang-ban-01\" không thuộc xã của bạn.");
    }

    @Test
    void someoneAlreadyActiveInTheTeamCannotBeReferredAgain() {
        Map<String, Object> referral = referral("Lương Thị Hai Lần");
        teams.admit("tam-quang", "tam-quang-ban-08", person(referral), MembershipRole.MEMBER, LocalDate.now(), null);

        assertThat(cases.refusalOfStart("totruong-ban-08", PROCESS, referral)).isEqualTo(
                "Lương Thị Hai Lần đã là thành viên của Tổ công nghệ số cộng đồng bản 08; mỗi người chỉ tham gia một tổ một lần.");
    }

    @Test
    void caseNumbersFollowEachOtherWithinACommuneAndYear() {
        ProcessInstance first = cases.startAs("totruong-ban-09", PROCESS, referral("Lò Văn Một"));
        ProcessInstance second = cases.startAs("totruong-ban-09", PROCESS, referral("Lò Văn Hai"));

        int firstNumber = Integer.parseInt(first.getBusinessKey().substring(8));
        assertThat(second.getBusinessKey()).isEqualTo(first.getBusinessKey().substring(0, 8) + String.format("%04d", firstNumber + 1));
    }

    /** As engine API's filter sends a form: every field a transient variable, living only in its transaction. */
    @Test
    void aFormSubmittedAsTransientVariablesOpensAndDecidesTheCase() {
        Map<String, Object> referral = referral("Lò Thị Tạm Thời");
        VariableMap transientReferral = Variables.createVariables();
        referral.forEach((name, value) -> transientReferral.putValueTyped(name, value instanceof Boolean flag
                ? Variables.booleanValue(flag, true) : Variables.stringValue((String) value, true)));

        ProcessInstance instance = cases.startAs("totruong-ban-11", PROCESS, transientReferral);

        assertThat(record(instance)).containsEntry("FULL_NAME", "Lò Thị Tạm Thời");
        assertThat(runtimeService.getVariables(instance.getId())).containsOnlyKeys(RegistrationVariables.CASE_KEY,
                RegistrationVariables.APPROVAL_DUE_DATE, RegistrationVariables.REFERRER_ID);
        cases.completeAs("chutich", null, instance, Variables.createVariables()
                .putValueTyped(RegistrationVariables.APPROVED, Variables.stringValue("true", true))
                .putValueTyped("decisionNote", Variables.stringValue("Đồng ý.", true)));
        assertThat(instance).hasPassed("admitMember").isWaitingAt("acknowledgeAdmission");
        assertThat(record(instance)).containsEntry("STATUS", "ADMITTED").containsEntry("DECISION_NOTE", "Đồng ý.");
        assertThat(runtimeService.getVariables(instance.getId())).containsOnlyKeys(RegistrationVariables.CASE_KEY,
                RegistrationVariables.APPROVAL_DUE_DATE, RegistrationVariables.REFERRER_ID);
    }

    /** The attack of a Chairman's completion carrying another commune's team: the record decides the team. */
    @Test
    void variablesSentWithTheApprovalDoNotChangeWhomOrWhereTheCaseAdmits() {
        Map<String, Object> referral = referral("Lò Văn Đúng Tổ");
        ProcessInstance instance = cases.startAs("totruong-ban-12", PROCESS, referral);

        cases.completeAs("chutich", null, instance, withVariables(RegistrationVariables.APPROVED, true,
                "teamCode", "tam-thai-ban-01", "fullName", "Kẻ Mạo Danh", "citizenId", "040195799999"));

        assertThat(jdbc.queryForMap("select t.code, p.full_name from membership m join team t on t.id = m.team_id "
                + "join person p on p.id = m.person_id where p.citizen_id = ?", referral.get("citizenId")))
                .containsEntry("CODE", "tam-quang-ban-12").containsEntry("FULL_NAME", "Lò Văn Đúng Tổ");
        assertThat(jdbc.queryForObject("select count(*) from person where citizen_id = '040195799999'", Long.class)).isZero();
    }

    /** The attack of a leader starting past the intake, with a referral of their own making. */
    @Test
    void startingPastTheIntakeAdmitsNobody() {
        Map<String, Object> forged = referral("Người Lạ Xã Khác");
        forged.put("teamCode", "tam-quang-ban-13");
        ProcessInstance waiting = cases.startAs("totruong-ban-13", PROCESS, referral("Lò Thị Đang Chờ"));

        Throwable withoutCase = catchThrowable(() -> startBeforeAdmitting("totruong-ban-13", null, forged));
        Throwable onAWaitingCase = catchThrowable(() -> startBeforeAdmitting("totruong-ban-13", waiting.getBusinessKey(), forged));

        assertThat(messagesOf(withoutCase)).anyMatch(message -> message.startsWith("No membership-registration case"));
        assertThat(messagesOf(onAWaitingCase)).anyMatch(message -> message.endsWith("has no Chairman's decision"));
        assertThat(personCount(forged)).isZero();
        assertThat(record(waiting)).containsEntry("STATUS", "AWAITING_APPROVAL").containsEntry("MEMBERSHIP_ID", null);
    }

    private void startBeforeAdmitting(String user, String businessKey, Map<String, Object> variables) {
        users.login(user);
        try {
            runtimeService.createProcessInstanceByKey(PROCESS).businessKey(businessKey).setVariables(variables)
                    .startBeforeActivity("admitMember").execute();
        } finally {
            users.logout();
        }
    }

    private static List<String> messagesOf(Throwable thrown) {
        List<String> messages = new ArrayList<>();
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            messages.add(String.valueOf(cause.getMessage()));
        }
        return messages;
    }

    /** A valid referral into the starting leader's own team (teamCode left out, as the form allows). */
    private static Map<String, Object> referral(String fullName) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("fullName", fullName);
        variables.put("birthDate", "1995-04-12");
        variables.put("gender", "female");
        variables.put("citizenId", "040195" + SERIAL.getAndIncrement());
        variables.put("phone", "0912 345 678");
        variables.put("villageCode", "ban-01");
        variables.put("occupation", "Giáo viên");
        variables.put("isStudent", false);
        variables.put("referralReason", "Sử dụng thành thạo VNeID và ví điện tử, nhiệt tình với bà con.");
        return variables;
    }

    private static PersonDetails person(Map<String, Object> referral) {
        return new PersonDetails((String) referral.get("fullName"), LocalDate.parse((String) referral.get("birthDate")),
                Gender.FEMALE, null, (String) referral.get("citizenId"), "ban-01", null, false, null);
    }

    private void fillToTen(String teamCode) {
        long members = jdbc.queryForObject("select count(*) from membership m join team t on t.id = m.team_id "
                + "where t.code = ? and m.status = 'ACTIVE' and m.role <> 'COLLABORATOR'", Long.class, teamCode);
        for (long i = members; i < 10; i++) {
            teams.admit("tam-quang", teamCode, person(referral(TestNames.numbered("Thành Viên Thêm", i))), MembershipRole.MEMBER, LocalDate.now(), null);
        }
    }

    /** What the task's form is filled with (engine API's {@code task/{id}/form-variables}). */
    private Map<String, Object> formOf(ProcessInstance instance, String taskKey) {
        Task task = task(taskKey, instance);
        return taskForms.view(new TaskContext(task.getId(), taskKey, PROCESS, instance.getId(), task.getExecutionId(),
                instance.getTenantId(), instance.getBusinessKey(), task.getAssignee())).values();
    }

    private Map<String, Object> record(ProcessInstance instance) {
        return jdbc.queryForMap("select * from registration_case where commune_code = ? and case_key = ?",
                instance.getTenantId(), instance.getBusinessKey());
    }

    private Map<String, Object> membership(Map<String, Object> referral) {
        return jdbc.queryForMap("select m.id, m.role, m.status, m.decision_number from membership m join person p "
                + "on p.id = m.person_id where p.citizen_id = ?", referral.get("citizenId"));
    }

    private long personCount(Map<String, Object> referral) {
        return jdbc.queryForObject("select count(*) from person where citizen_id = ?", Long.class, referral.get("citizenId"));
    }
}
