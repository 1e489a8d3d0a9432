package vn.digitalteams.reporting;

import static vn.digitalteams.shared.UserFacingException.forbidden;
import static vn.digitalteams.shared.UserFacingException.invalid;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import vn.digitalteams.identity.Role;
import vn.digitalteams.identity.UserAccounts;
import vn.digitalteams.shared.VietnameseDates;
import vn.digitalteams.team.Commune;
import vn.digitalteams.team.Communes;

/**
 * Start listener of a commune's cycle ("cycleRequested"): opened by the schedule (no user) or on
 * request by the commune's Chairman or commune team leader. Opens the cycle (refusing a second one
 * for the period, before anything exists) and gives the instance its business key and deadlines.
 */
@Component("cycleIntake")
class CycleIntake implements ExecutionListener {

    static final List<Role> REQUESTERS = List.of(Role.CHAIRMAN, Role.VICE_CHAIRMAN, Role.COMMUNE_LEADER);

    private final IdentityService identityService;
    private final UserAccounts accounts;
    private final ReportingCycles cycles;
    private final Communes communes;
    private final Clock clock;

    CycleIntake(IdentityService identityService, UserAccounts accounts, ReportingCycles cycles, Communes communes, Clock clock) {
        this.identityService = identityService;
        this.accounts = accounts;
        this.cycles = cycles;
        this.communes = communes;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateExecution execution) {
        ReportForm form = new ReportForm(execution);
        Authentication requester = identityService.getCurrentAuthentication();
        String communeCode = requester == null ? form.required("communeCode") : communeOf(requester, form.optional("communeCode"));
        ReportingPeriod period = ReportingPeriod.parse(form.required("period"));
        LocalDate dueOn = form.requiredDate("dueDate");
        if (requester != null) { // the schedule's period and due date follow from its timer
            LocalDate today = VietnameseDates.today(clock);
            if (period.startsAfter(today)) {
                throw invalid("report.period.future", period.label());
            }
            if (dueOn.isBefore(today)) {
                throw invalid("report.dueDate.past");
            }
        }
        Commune commune = communes.commune(communeCode);
        String startedBy = requester == null ? null : requester.getUserId();
        ReportingCycle cycle = cycles.open(communeCode, period, dueOn, startedBy);

        execution.setProcessBusinessKey(cycle.caseKey());
        execution.setVariable("caseKey", cycle.caseKey());
        execution.setVariable("communeCode", communeCode);
        execution.setVariable("communeName", commune.name());
        execution.setVariable("period", period.code());
        execution.setVariable("periodLabel", period.label());
        execution.setVariable("dueDate", dueOn.toString());
        execution.setVariable("dueText", "17:00 ngày " + VietnameseDates.format(dueOn));
        execution.setVariable("dueAt", Date.from(ReportDeadline.of(dueOn)));
        execution.setVariable("reminderAt", Date.from(ReportDeadline.reminderOf(dueOn)));
        execution.setVariable("requestedBy", startedBy);
        execution.setVariable("requestedByName", startedBy == null ? "" : accounts.displayName(startedBy));
    }

    /** A requester's own commune; naming another one is refused, as is a role that does not report. */
    private static String communeOf(Authentication requester, String named) {
        if (REQUESTERS.stream().noneMatch(role -> requester.getGroupIds().contains(role.groupId()))) {
            throw forbidden("report.requester.forbidden");
        }
        List<String> communes = requester.getTenantIds() == null ? List.of() : requester.getTenantIds();
        if (communes.isEmpty() || (named != null && !communes.contains(named))) {
            throw forbidden("access.commune.denied", named == null ? "" : named);
        }
        return named == null ? communes.get(0) : named;
    }
}
