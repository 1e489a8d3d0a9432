package vn.digitalteams.reporting;

import static vn.digitalteams.shared.UserFacingException.invalid;
import static vn.digitalteams.shared.UserFacingException.notFound;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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

    /**
     * Records a village's report once; submitted after the due date it counts as late. Figures above their
     * plausible maximum are flagged, and refused without an explanation ({@link PlausibleFigures}).
     */
    void recordSubmission(String communeCode, String caseKey, String teamCode, VillageReportForm.Values values,
                          String submittedBy) {
        ReportingCycle cycle = cycle(communeCode, caseKey);
        if (reports.findByCycleIdAndTeamCode(cycle.id(), teamCode).isPresent()) {
            return;
        }
        Map<ActivityType, Long> flagged = PlausibleFigures.flaggedOf(values, cycle.period());
        boolean late = ReportDeadline.of(cycle.dueOn()).isBefore(clock.instant());
        reports.save(VillageReport.submitted(cycle.id(), villageTeam(communeCode, teamCode), late, values, flagged,
                submittedBy, clock.instant()));
    }

    /** A returned village's revision replaces its report, held to the same rules as a submission. */
    void recordRevision(String communeCode, String caseKey, String teamCode, VillageReportForm.Values values,
                        String revisedBy) {
        ReportingCycle cycle = cycle(communeCode, caseKey);
        Map<ActivityType, Long> flagged = PlausibleFigures.flaggedOf(values, cycle.period());
        report(cycle, teamCode).revised(values, flagged, revisedBy, clock.instant());
        log.info("Cycle {}: {} revised its report", caseKey, teamCode);
    }

    /** Records that the commune leader went on without this village; a report already in stays. */
    void recordMissing(String communeCode, String caseKey, String teamCode) {
        ReportingCycle cycle = cycle(communeCode, caseKey);
        if (reports.findByCycleIdAndTeamCode(cycle.id(), teamCode).isEmpty()) {
            reports.save(VillageReport.missing(cycle.id(), villageTeam(communeCode, teamCode), clock.instant()));
            log.info("Cycle {} goes on without {}", caseKey, teamCode);
        }
    }

    /**
     * The commune team leader's texts and his corrections of the villages' texts, which the Chairman reviews next.
     *
     * @param villageTexts per kind of village text he submitted, each reporting village's text by team code
     *                     (null: printed without one), from {@link ConsolidationForm#villageTexts}
     */
    void recordConsolidation(String communeCode, String caseKey, ReportingCycle.Consolidation texts,
                             Map<VillageText, Map<String, String>> villageTexts, String by) {
        ReportingCycle cycle = cycle(communeCode, caseKey);
        correct(cycle, villageTexts, by);
        cycle.consolidate(texts, by, clock.instant());
    }

    /**
     * The commune team leader returns these villages' reports with a comment instead of submitting the
     * report; his texts and corrections so far are kept for the next consolidation.
     *
     * @param teamCodes villages of the cycle that sent a report, checked by {@link ConsolidationForm#returnedVillages}
     */
    void returnToVillages(String communeCode, String caseKey, ReportingCycle.Consolidation texts,
                          Map<VillageText, Map<String, String>> villageTexts, List<String> teamCodes, String comment,
                          String by) {
        ReportingCycle cycle = cycle(communeCode, caseKey);
        correct(cycle, villageTexts, by);
        teamCodes.forEach(teamCode -> report(cycle, teamCode).returned(comment, by, clock.instant()));
        cycle.returnedToVillages(texts, by, clock.instant());
        log.info("Cycle {} returned to {} by {}", caseKey, teamCodes, by);
    }

    /** The team codes of the villages whose returned report awaits their revision, in code order. */
    @Transactional(readOnly = true)
    List<String> villagesToRevise(String communeCode, String caseKey) {
        return reportsOf(cycle(communeCode, caseKey)).stream()
                .filter(report -> report.review() == VillageReport.Review.RETURNED).map(VillageReport::teamCode).toList();
    }

    /** The village report of the cycle for this team; refuses (404) one there is not. */
    @Transactional(readOnly = true)
    VillageReport report(ReportingCycle cycle, String teamCode) {
        return reports.findByCycleIdAndTeamCode(cycle.id(), teamCode)
                .orElseThrow(() -> notFound("report.village.notFound", teamCode, cycle.caseKey()));
    }

    private void correct(ReportingCycle cycle, Map<VillageText, Map<String, String>> villageTexts, String by) {
        for (VillageReport report : reportsOf(cycle)) {
            villageTexts.forEach((kind, byVillage) -> {
                if (byVillage.containsKey(report.teamCode())) {
                    report.correct(kind, byVillage.get(report.teamCode()), by, clock.instant());
                }
            });
        }
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
