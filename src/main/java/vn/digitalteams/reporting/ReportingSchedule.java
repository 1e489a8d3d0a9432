package vn.digitalteams.reporting;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.impl.util.ClockUtil;

import org.springframework.stereotype.Component;

import vn.digitalteams.shared.VietnameseDates;
import vn.digitalteams.team.Communes;
import vn.digitalteams.team.TeamDirectory;
import vn.digitalteams.team.VillageTeam;

/**
 * What the reporting processes' expressions ask for: the periods the schedule's timer fired for, and the
 * collections multi-instance activities run over (communes, village teams). Lists are computed, never
 * stored as process variables. Public because the expression language calls public methods only.
 *
 * <p>"Now" is the engine's clock, the one that fired the timer (and that process tests move).
 */
@Component("reportingSchedule")
public class ReportingSchedule {

    private final Communes communes;
    private final TeamDirectory teams;

    ReportingSchedule(Communes communes, TeamDirectory teams) {
        this.communes = communes;
        this.teams = teams;
    }

    /** The month the timer (25th, 08:00) fired in: its report is due now, "2026-11". */
    public String thisMonth() {
        return ReportingPeriod.monthOf(today()).code();
    }

    /** The quarter that ends this month (March, June, September, December), "2026-Q4"; otherwise null. */
    public String endingQuarter() {
        LocalDate today = today();
        return today.getMonthValue() % 3 == 0 ? ReportingPeriod.quarterOf(today).code() : null;
    }

    /** Every commune's code, in code order: the schedule opens a cycle for each. */
    public List<String> communes() {
        return communes.codes();
    }

    /**
     * The codes of the commune's village teams, in code order: a cycle asks each for its report. Called
     * with the instance's tenant ({@code execution.tenantId}); an unknown commune has none.
     */
    public List<String> villageTeamsOf(String communeCode) {
        return teams.villageTeamsOf(communeCode).stream().map(VillageTeam::code).toList();
    }

    static LocalDate today() {
        return ClockUtil.getCurrentTime().toInstant().atZone(VietnameseDates.ZONE).toLocalDate();
    }
}
