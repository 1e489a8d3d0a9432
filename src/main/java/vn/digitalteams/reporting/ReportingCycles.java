package vn.digitalteams.reporting;

import static vn.digitalteams.shared.UserFacingException.invalid;
import static vn.digitalteams.shared.UserFacingException.notFound;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.digitalteams.documents.ChairmanDecided;
import vn.digitalteams.documents.IssuedDocument;
import vn.digitalteams.team.TeamDirectory;
import vn.digitalteams.team.VillageTeam;

/**
 * The domain side of periodic-report: cycles and the village reports in them, each found by its
 * commune (the instance's tenant) and case key (its business key). Called from the process's
 * listeners and delegates, so every write joins the transaction of the task that caused it.
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

    /** The commune's cycle with this case key; refuses (404) one that is not there. */
    @Transactional(readOnly = true)
    ReportingCycle cycle(String communeCode, String caseKey) {
        return find(communeCode, caseKey).orElseThrow(() -> notFound("report.cycle.notFound", caseKey));
    }

    @Transactional(readOnly = true)
    Optional<ReportingCycle> find(String communeCode, String caseKey) {
        return cycles.findByCommuneCodeAndCaseKey(communeCode, caseKey);
    }

    /** One of the commune's village teams; refuses (404) a code that is not one. */
    @Transactional(readOnly = true)
    VillageTeam villageTeam(String communeCode, String teamCode) {
        return teams.villageTeam(communeCode, teamCode);
    }

    /** Records a village's report once; submitted after the due date it counts as late. */
    void recordSubmission(String communeCode, String caseKey, String teamCode, VillageReportForm.Values values,
                          String submittedBy) {
        ReportingCycle cycle = cycle(communeCode, caseKey);
        if (reports.findByCycleIdAndTeamCode(cycle.id(), teamCode).isPresent()) {
            return;
        }
        boolean late = ReportDeadline.of(cycle.dueOn()).isBefore(clock.instant());
        reports.save(VillageReport.submitted(cycle.id(), villageTeam(communeCode, teamCode), late, values,
                submittedBy, clock.instant()));
    }

    /** Records that the commune leader went on without this village; a report already in stays. */
    void recordMissing(String communeCode, String caseKey, String teamCode) {
        ReportingCycle cycle = cycle(communeCode, caseKey);
        if (reports.findByCycleIdAndTeamCode(cycle.id(), teamCode).isEmpty()) {
            reports.save(VillageReport.missing(cycle.id(), villageTeam(communeCode, teamCode), clock.instant()));
            log.info("Cycle {} goes on without {}", caseKey, teamCode);
        }
    }

    /** The commune team leader's texts, which the Chairman reviews next. */
    void recordConsolidation(String communeCode, String caseKey, ReportingCycle.Consolidation texts, String by) {
        cycle(communeCode, caseKey).consolidate(texts, by, clock.instant());
    }

    /** The Chairman's decision on the consolidated report: approved for issue, or sent back with its note. */
    void recordDecision(ChairmanDecided decision) {
        cycle(decision.communeCode(), decision.caseKey()).decided(decision, clock.instant());
        log.info("Cycle {} {} by {}", decision.caseKey(), decision.approved() ? "approved" : "sent back",
                decision.approverId());
    }

    /** The issued report's document and number, which end the cycle. */
    void recordIssued(String communeCode, String caseKey, IssuedDocument report) {
        cycle(communeCode, caseKey).issued(report);
    }

    /** The village reports of the cycle so far, in team code order. */
    @Transactional(readOnly = true)
    List<VillageReport> reportsOf(ReportingCycle cycle) {
        return reports.findByCycleIdOrderByTeamCode(cycle.id());
    }
}
