package vn.digitalteams.reporting;

import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import vn.digitalteams.identity.WithoutEngineAuthorization;

/**
 * Opens a commune's reporting cycle as the system does on the 25th (periodic-report-schedule.bpmn): as
 * nobody, naming the commune, due {@value ReportDeadline#DAYS_TO_REPORT} days after today (the engine's
 * clock). A period that already has its cycle opens nothing, so a retried or repeated call is harmless;
 * two nodes racing on it are settled by the cycle table's unique key.
 */
@Service
public class ScheduledCycles {

    private static final Logger log = LoggerFactory.getLogger(ScheduledCycles.class);

    private final RuntimeService runtimeService;
    private final ReportingCycles cycles;
    private final WithoutEngineAuthorization asTheSystem;

    ScheduledCycles(RuntimeService runtimeService, ReportingCycles cycles, WithoutEngineAuthorization asTheSystem) {
        this.runtimeService = runtimeService;
        this.cycles = cycles;
        this.asTheSystem = asTheSystem;
    }

    /**
     * Opens the commune's cycle for the period unless it has one.
     *
     * @param communeCode an existing commune, "tam-quang"
     * @param periodCode  a month "2026-11" or a quarter "2026-Q4"
     * @return whether a cycle was opened now
     * @throws vn.digitalteams.shared.UserFacingException invalid for a malformed period, not found for an
     *                                                    unknown commune
     */
    public boolean open(String communeCode, String periodCode) {
        ReportingPeriod period = ReportingPeriod.parse(periodCode);
        if (cycles.isOpen(communeCode, period)) {
            log.info("Reporting cycle {} already exists; nothing is opened", period.caseKey(communeCode));
            return false;
        }
        // As nobody: a signed-in caller's own commune would be taken instead of the one named here.
        asTheSystem.call(() -> runtimeService.createProcessInstanceByKey(PeriodicReportVariables.PROCESS_KEY)
                .setVariables(PeriodicReportVariables.systemStart(communeCode, period,
                        ReportingSchedule.today().plusDays(ReportDeadline.DAYS_TO_REPORT)))
                .execute());
        return true;
    }
}
