package vn.digitalteams.reporting;

import static vn.digitalteams.shared.UserFacingException.invalid;
import static vn.digitalteams.shared.UserFacingException.notFound;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.digitalteams.team.TeamDirectory;
import vn.digitalteams.team.VillageTeam;

/**
 * The domain side of periodic-report: cycles and the village reports in them. Called from the
 * process's listeners and delegates, so every write joins the transaction of the task that caused it.
 */
@Service
@Transactional
class ReportingCycles {

    private static final Logger log = LoggerFactory.getLogger(ReportingCycles.class);

    private final ReportingCycleRepository cycles;
    private final VillageReportRepository reports;
    private final TeamDirectory teams;
    private final Clock clock;

    ReportingCycles(ReportingCycleRepository cycles, VillageReportRepository reports, TeamDirectory teams, Clock clock) {
        this.cycles = cycles;
        this.reports = reports;
        this.teams = teams;
        this.clock = clock;
    }

    /** Opens the commune's cycle for the period; a second one for the same period is refused. */
    ReportingCycle open(String communeCode, ReportingPeriod period, LocalDate dueOn, String startedBy) {
        if (isOpen(communeCode, period)) {
            throw invalid("report.cycle.exists", period.label(), period.caseKey(communeCode));
        }
        ReportingCycle cycle;
        try {
            cycle = cycles.saveAndFlush(new ReportingCycle(communeCode, period, dueOn, startedBy, clock.instant()));
        } catch (DataIntegrityViolationException raced) {
            // Another node or request opened it since the check; the whole start rolls back.
            throw invalid("report.cycle.exists", period.label(), period.caseKey(communeCode));
        }
        log.info("Opened reporting cycle {} due {}", cycle.caseKey(), dueOn);
        return cycle;
    }

    @Transactional(readOnly = true)
    boolean isOpen(String communeCode, ReportingPeriod period) {
        return cycles.existsByCommuneCodeAndPeriod(communeCode, period.code());
    }

    @Transactional(readOnly = true)
    ReportingCycle cycle(String caseKey) {
        return cycles.findByCaseKey(caseKey).orElseThrow(() -> notFound("report.cycle.notFound", caseKey));
    }

    @Transactional(readOnly = true)
    VillageTeam villageTeam(String communeCode, String teamCode) {
        return teams.villageTeam(communeCode, teamCode);
    }

    /** Records a village's report once; submitted after the due date it counts as late. */
    void recordSubmission(String caseKey, String teamCode, VillageReportForm.Values values, String submittedBy) {
        ReportingCycle cycle = cycle(caseKey);
        if (reports.findByCycleIdAndTeamCode(cycle.id(), teamCode).isPresent()) {
            return;
        }
        boolean late = ReportDeadline.of(cycle.dueOn()).isBefore(clock.instant());
        reports.save(VillageReport.submitted(cycle.id(), villageTeam(cycle.communeCode(), teamCode), late, values,
                submittedBy, clock.instant()));
    }

    /** Records that the commune leader went on without this village; a report already in stays. */
    void recordMissing(String caseKey, String teamCode) {
        ReportingCycle cycle = cycle(caseKey);
        if (reports.findByCycleIdAndTeamCode(cycle.id(), teamCode).isEmpty()) {
            reports.save(VillageReport.missing(cycle.id(), villageTeam(cycle.communeCode(), teamCode), clock.instant()));
            log.info("Cycle {} goes on without {}", caseKey, teamCode);
        }
    }

    @Transactional(readOnly = true)
    List<VillageReport> reportsOf(ReportingCycle cycle) {
        return reports.findByCycleIdOrderByTeamCode(cycle.id());
    }
}
