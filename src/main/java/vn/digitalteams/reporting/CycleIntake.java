package vn.digitalteams.reporting;

import static vn.digitalteams.shared.UserFacingException.forbidden;
import static vn.digitalteams.shared.UserFacingException.invalid;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import vn.digitalteams.identity.CurrentUser;
import vn.digitalteams.identity.Role;
import vn.digitalteams.shared.VietnameseDates;
import vn.digitalteams.team.Communes;

/**
 * Start listener of a commune's cycle ("cycleRequested"): opened by the system (the schedule, the demo:
 * nobody signed in, naming the commune) or on request by the commune's Chairman, vice-chairman or
 * commune team leader, always in their own commune (the start form has no commune). Checks everything,
 * then opens the cycle's record (refusing a second one for the period) and leaves the instance its
 * business key and due instants.
 */
@Component("cycleIntake")
class CycleIntake implements ExecutionListener {

    static final List<Role> REQUESTERS = List.of(Role.CHAIRMAN, Role.VICE_CHAIRMAN, Role.COMMUNE_LEADER);

    private final CurrentUser currentUser;
    private final ReportingCycles cycles;
    private final Communes communes;
    private final Clock clock;

    CycleIntake(CurrentUser currentUser, ReportingCycles cycles, Communes communes, Clock clock) {
        this.currentUser = currentUser;
        this.cycles = cycles;
        this.communes = communes;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateExecution execution) {
        ReportForm form = new ReportForm(execution);
        boolean onRequest = currentUser.isSignedIn();
        String communeCode = onRequest ? requestersCommune() : form.required(PeriodicReportVariables.COMMUNE_CODE);
        ReportingPeriod period = ReportingPeriod.parse(form.required(PeriodicReportVariables.PERIOD));
        LocalDate dueOn = form.requiredDate(PeriodicReportVariables.DUE_DATE);
        if (onRequest) { // the schedule's period and due date follow from its timer
            LocalDate today = VietnameseDates.today(clock);
            if (period.startsAfter(today)) {
                throw invalid("report.period.future", period.label());
            }
            if (dueOn.isBefore(today)) {
                throw invalid("report.dueDate.past");
            }
        }
        communes.commune(communeCode); // refuses an unknown commune before anything is written
        ReportingCycle cycle = cycles.open(communeCode, period, dueOn, onRequest ? currentUser.id() : null);
        PeriodicReportVariables.opened(execution, cycle);
    }

    /** A requester's own commune (the instance's tenant is theirs too); a role that does not report is refused. */
    private String requestersCommune() {
        if (REQUESTERS.stream().noneMatch(currentUser::hasRole)) {
            throw forbidden("report.requester.forbidden");
        }
        return currentUser.startingCommune("report.requester.forbidden");
    }
}
