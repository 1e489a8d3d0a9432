package vn.digitalteams.membership;

import static vn.digitalteams.shared.UserFacingException.invalid;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import vn.digitalteams.documents.PrintableText;
import vn.digitalteams.team.Admissions;

/**
 * Start listener of membership-registration: checks the referral against the team's rules and the
 * leader's own team before anything is written (a refusal rolls the whole start back, no instance
 * exists), then writes the case record, gives the case its number and sets the few variables the flow
 * needs ({@link RegistrationVariables}).
 */
@Component("referralIntake")
class ReferralIntake implements ExecutionListener {

    static final String CASE_PREFIX = "TV";

    private final Admissions admissions;
    private final CaseStarter cases;
    private final RegistrationCaseRepository records;
    private final PrintableText printable;

    ReferralIntake(Admissions admissions, CaseStarter cases, RegistrationCaseRepository records,
                   PrintableText printable) {
        this.admissions = admissions;
        this.cases = cases;
        this.records = records;
        this.printable = printable;
    }

    @Override
    public void notify(DelegateExecution execution) {
        MembershipForm submitted = new MembershipForm(execution);
        ReferralForm form = ReferralForm.of(submitted);
        // The decision prints the name and the occupation: what no document font has is refused now, not at approval.
        printable.require(submitted.label(ReferralForm.FULL_NAME), form.person().fullName());
        printable.require(submitted.label(ReferralForm.OCCUPATION), form.person().occupation());
        CaseStarter.Starter starter = cases.starter();
        String teamCode = cases.team(form.teamCode(), starter);
        Admissions.Referral referral = admissions.checkReferral(teamCode, form.person(), starter.communeCode(),
                starter.userId());
        // A second referral of the person to the team, while the first waits, would leave the Chairman a task
        // that can only fail ("already a member") once the first is approved.
        records.findFirstByTeamCodeAndCitizenIdAndStatus(teamCode, referral.person().citizenId(),
                RegistrationCase.Status.AWAITING_APPROVAL).ifPresent(pending -> {
                    throw invalid("referral.pending", pending.caseKey());
                });
        OpenedCase opened = cases.open(execution, starter, CASE_PREFIX);
        records.save(new RegistrationCase(opened, referral, form.reason()));
        submitted.consume(ReferralForm.FIELDS);
        RegistrationVariables.open(execution, opened);
    }
}
