package vn.digitalteams.membership;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The case records of the membership processes, found as every reader must find them: by the
 * instance's tenant (the commune) and business key (the case key), never by a process variable. Task
 * names in the BPMN call the public methods, e.g.
 * {@code name="Phê duyệt kết nạp: ${membershipCases.personAndVillage(execution)}"}. A missing record
 * is a wiring bug and fails with {@link IllegalStateException}.
 */
@Component("membershipCases")
public class MembershipCases {

    static final String REGISTRATION = "membership-registration";
    static final String WITHDRAWAL = "membership-withdrawal";

    private final RegistrationCaseRepository registrations;
    private final WithdrawalCaseRepository withdrawals;

    MembershipCases(RegistrationCaseRepository registrations, WithdrawalCaseRepository withdrawals) {
        this.registrations = registrations;
        this.withdrawals = withdrawals;
    }

    /** Whom a referral's tasks are about, for their names: the person and their village, "Lò Thị Mai – Bản 01". */
    public String personAndVillage(DelegateExecution execution) {
        RegistrationCase record = registration(execution);
        return record.personName() + " – " + record.villageName();
    }

    /**
     * Whom a withdrawal's approval tasks are about, for their names: the member and their team,
     * "Lò Văn Xin Nghỉ – Tổ công nghệ số cộng đồng bản 01".
     */
    public String memberAndTeam(DelegateExecution execution) {
        WithdrawalCase record = withdrawal(execution);
        return record.personName() + " – " + record.teamName();
    }

    /** The team a withdrawal is about, "Tổ công nghệ số cộng đồng bản 15", for the names of its follow-up tasks. */
    public String teamOf(DelegateExecution execution) {
        return withdrawal(execution).teamName();
    }

    RegistrationCase registration(DelegateExecution execution) {
        return registration(execution.getTenantId(), execution.getProcessBusinessKey());
    }

    WithdrawalCase withdrawal(DelegateExecution execution) {
        return withdrawal(execution.getTenantId(), execution.getProcessBusinessKey());
    }

    RegistrationCase registration(String communeCode, String caseKey) {
        return registrations.findByCommuneCodeAndCaseKey(communeCode, caseKey)
                .orElseThrow(() -> missing(REGISTRATION, communeCode, caseKey));
    }

    WithdrawalCase withdrawal(String communeCode, String caseKey) {
        return withdrawals.findByCommuneCodeAndCaseKey(communeCode, caseKey)
                .orElseThrow(() -> missing(WITHDRAWAL, communeCode, caseKey));
    }

    private static IllegalStateException missing(String processKey, String communeCode, String caseKey) {
        return new IllegalStateException("No " + processKey + " case " + caseKey + " in commune " + communeCode);
    }
}
