package vn.digitalteams.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

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
import vn.digitalteams.team.Gender;
import vn.digitalteams.team.MembershipRole;
import vn.digitalteams.team.PersonDetails;
import vn.digitalteams.team.Admissions;

/** Every path of processes/membership-registration.bpmn, on the real engine, services and database. */
@IntegrationTest
class MembershipRegistrationProcessTest {

    private static final String PROCESS = "membership-registration";
    /** Citizen ids no demo person has: 0401 (female, 1900s) + 95 + serial from 700000. */
    private static final AtomicInteger SERIAL = new AtomicInteger(700_000);

    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired CaseActions cases;
    @Autowired Admissions teams;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void useTheApplicationsEngine() {
        cases.assertOnTheApplicationsEngine();
    }

    @Test
    void approvedReferralAdmitsTheMemberAndIssuesTheDecision() {
        Map<String, Object> referral = referral("Lò Thị Ánh Nguyệt");
        ProcessInstance instance = cases.startAs("totruong-ban-01", PROCESS, referral);

        assertThat(instance).isWaitingAt("approveMembership").task()
                .hasCandidateGroup("chairman").hasName("Phê duyệt kết nạp: Lò Thị Ánh Nguyệt – Bản 01");
        assertThat(instance.getBusinessKey()).matches("TV-\\d{4}-\\d{4}");
        assertThat(instance.getTenantId()).isEqualTo("tam-quang");
        assertThat(instance).variables().containsEntry("teamName", "Tổ công nghệ số cộng đồng bản 01")
                .containsEntry("referrerId", "totruong-ban-01").containsKey("approvalDueDate");

        cases.completeAs("chutich", null, instance, withVariables("approved", true));

        assertThat(instance).hasPassed("admitMember").isWaitingAt("acknowledgeAdmission").task().isAssignedTo("totruong-ban-01");
        assertThat(instance).variables().containsEntry("admittedAs", "member").containsKey("decisionNumber")
                .containsEntry("approverId", "chutich").containsEntry("signer", "CHAIRMAN");
        assertThat(membership(referral)).containsEntry("ROLE", "MEMBER").containsEntry("STATUS", "ACTIVE")
                .containsEntry("DECISION_NUMBER", runtimeService.getVariable(instance.getId(), "decisionNumber"));

        cases.completeAs("totruong-ban-01", null, instance, Map.of());
        assertThat(instance).isEnded().hasPassed("memberAdmitted");
    }

    @Test
    void pastTenMembersTheApprovedPersonBecomesACollaborator() {
        fillToTen("tam-quang-ban-17");
        Map<String, Object> referral = referral("Vi Văn Mười Một");
        ProcessInstance instance = cases.startAs("totruong-ban-17", PROCESS, referral);
        assertThat(instance).variables().containsEntry("teamIsFull", true).containsEntry("teamSize", 10L);

        cases.completeAs("chutich", null, instance, withVariables("approved", true));

        assertThat(instance).variables().containsEntry("admittedAs", "collaborator");
        assertThat(membership(referral)).containsEntry("ROLE", "COLLABORATOR");
    }

    @Test
    void aViceChairmanApprovesAndSignsAsVice() {
        ProcessInstance instance = cases.startAs("totruong-ban-03", PROCESS, referral("Lữ Thị Hoa"));

        cases.completeAs("phochutich", null, instance, withVariables("approved", true));

        assertThat(instance).variables().containsEntry("signer", "VICE_CHAIRMAN").containsEntry("approverName", "Hà Thị Thủy");
    }

    @Test
    void rejectedReferralCreatesNothingAndTellsTheLeaderWhy() {
        Map<String, Object> referral = referral("Kha Văn Từ Chối");
        ProcessInstance instance = cases.startAs("totruong-ban-04", PROCESS, referral);

        cases.completeAs("chutich", null, instance, withVariables("approved", false, "decisionNote", "Chưa đủ 16 tuổi theo hồ sơ gốc."));

        assertThat(instance).hasPassed("approvalDecided").isWaitingAt("acknowledgeRejection").task().isAssignedTo("totruong-ban-04");
        assertThat(personCount(referral)).isZero();
        cases.completeAs("totruong-ban-04", null, instance, Map.of());
        assertThat(instance).isEnded().hasPassed("referralRejected").hasNotPassed("admitMember");
    }

    @Test
    void aRejectionWithoutAReasonIsRefusedAndTheTaskStaysOpen() {
        ProcessInstance instance = cases.startAs("totruong-ban-04", PROCESS, referral("Kha Thị Chưa Rõ"));
        Throwable refusal = catchThrowable(() -> cases.completeAs("chutich", null, instance, Map.of("approved", false)));

        assertThat(CaseActions.vietnameseMessageOf(refusal)).isEqualTo("Vui lòng nhập Ý kiến của Chủ tịch.");
        assertThat(instance).isWaitingAt("approveMembership");
    }

    @Test
    void theLeaderMayWithdrawTheReferralWhileItAwaitsApproval() {
        Map<String, Object> referral = referral("Moong Văn Rút");
        ProcessInstance instance = cases.startAs("totruong-ban-05", PROCESS, referral);

        runtimeService.createMessageCorrelation("ReferralWithdrawn").processInstanceId(instance.getId()).correlate();

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
    void afterTenDaysTheCommuneLeaderIsAskedToFollowUp() {
        ProcessInstance instance = cases.startAs("totruong-ban-07", PROCESS, referral("Lang Văn Đôn Đốc"));

        execute(job("approvalStalled", instance));

        assertThat(instance).isWaitingAt("approveMembership", "escalateApproval");
        assertThat(instance).task("escalateApproval").hasCandidateGroup("commune-leader").hasCandidateGroup("officer");
        cases.completeAs("totruong-xa", "escalateApproval", instance, withVariables("escalationNote", "Đã báo cáo Chủ tịch."));
        assertThat(instance).hasPassed("escalationHandled").isWaitingAt("approveMembership");
    }

    @Test
    void badInputIsRefusedInVietnameseBeforeAnyInstanceExists() {
        long before = runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS).count();
        Map<String, Object> noName = referral(" ");
        Map<String, Object> badId = referral("Lò Văn Sai Số");
        badId.put("citizenId", "04019512");
        Map<String, Object> badDate = referral("Lò Văn Sai Ngày");
        badDate.put("birthDate", "31/13/1995");

        assertThat(cases.refusalOfStart("totruong-ban-01", PROCESS, noName)).isEqualTo("Vui lòng nhập Họ và tên.");
        assertThat(cases.refusalOfStart("totruong-ban-01", PROCESS, badId)).isEqualTo("Số CCCD \"04019512\" không hợp lệ: phải gồm đúng 12 chữ số.");
        assertThat(cases.refusalOfStart("totruong-ban-01", PROCESS, badDate)).isEqualTo("Ngày sinh phải là một ngày hợp lệ, dạng ngày/tháng/năm (ví dụ 12/04/1996).");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS).count()).isEqualTo(before);
    }

    @Test
    void aDateTypedAsPeopleWriteItIsDayMonthYear() {
        Map<String, Object> typed = referral("Lò Thị Gõ Tay");
        typed.put("birthDate", "12/04/1995");

        ProcessInstance instance = cases.startAs("totruong-ban-10", PROCESS, typed);

        assertThat(instance).variables().containsEntry("birthDate", "1995-04-12").containsEntry("birthDateText", "12/04/1995");
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
                .isEqualTo("Tổ công nghệ số cộng đồng bản 01 không thuộc xã của bạn.");
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
            teams.admit("tam-quang", teamCode, person(referral("Thành Viên Thêm " + i)), MembershipRole.MEMBER, LocalDate.now(), null);
        }
    }

    private Map<String, Object> membership(Map<String, Object> referral) {
        return jdbc.queryForMap("select m.role, m.status, m.decision_number from membership m join person p "
                + "on p.id = m.person_id where p.citizen_id = ?", referral.get("citizenId"));
    }

    private long personCount(Map<String, Object> referral) {
        return jdbc.queryForObject("select count(*) from person where citizen_id = ?", Long.class, referral.get("citizenId"));
    }
}
