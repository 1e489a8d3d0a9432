package vn.digitalteams.membership;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import vn.digitalteams.shared.VietnameseDates;
import vn.digitalteams.team.Admissions;

/**
 * Start listener of membership-registration: refuses a bad referral before any instance exists
 * (the exception rolls the whole start back) and gives the case its number and what the Chairman's
 * form shows.
 */
@Component("referralIntake")
class ReferralIntake implements ExecutionListener {

    static final String CASE_PREFIX = "TV";

    private final Admissions teams;
    private final CaseStarter cases;

    ReferralIntake(Admissions teams, CaseStarter cases) {
        this.teams = teams;
        this.cases = cases;
    }

    @Override
    public void notify(DelegateExecution execution) {
        ReferralForm form = ReferralForm.of(execution);
        CaseStarter.Starter starter = cases.starter();
        String teamCode = cases.team(execution, form.teamCode(), starter);
        Admissions.Referral referral = teams.checkReferral(teamCode, form.person(), starter.communeCode(), starter.userId());
        cases.open(execution, starter, CASE_PREFIX);
        // Stored as yyyy-MM-dd whatever type a REST client sent, so every reader sees one format.
        execution.setVariable("birthDate", form.person().birthDate().toString());
        execution.setVariable("birthDateText", VietnameseDates.format(form.person().birthDate()));
        execution.setVariable("teamName", referral.teamName());
        execution.setVariable("communeName", referral.communeName());
        execution.setVariable("villageName", referral.villageName());
        execution.setVariable("teamSize", referral.teamSize());
        execution.setVariable("teamIsFull", referral.teamIsFull());
        execution.setVariable("teamEstablishedBy", referral.teamEstablishedBy());
    }
}
