package vn.digitalteams.membership;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Complete listener of recruitMembers (forms/recruit-members.form): records on the withdrawal case how
 * the leader of a team left with fewer than five members means to recruit.
 */
@Component("recruitmentPlanned")
class RecruitmentPlanned implements TaskListener {

    static final String RECRUITMENT_PLAN = "recruitmentPlan";

    private final MembershipCases cases;

    RecruitmentPlanned(MembershipCases cases) {
        this.cases = cases;
    }

    @Override
    public void notify(DelegateTask task) {
        MembershipForm form = new MembershipForm(task);
        cases.withdrawal(task.getExecution()).recordRecruitmentPlan(form.requiredText(RECRUITMENT_PLAN));
        form.consume(List.of(RECRUITMENT_PLAN));
    }
}
