package vn.digitalteams.reporting;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.digitalteams.documents.ChairmanDecided;

/**
 * The Chairman's (or vice-chairman's) review of a consolidated report, as {@code ${chairmanDecision}}
 * publishes it while the task completes: recorded on the cycle in the same transaction (who signs, and
 * the note a sent-back report goes back with). The process routes on the {@code approved} it leaves.
 */
@Component
class ReportDecisions {

    private final ReportingCycles cycles;

    ReportDecisions(ReportingCycles cycles) {
        this.cycles = cycles;
    }

    @EventListener
    void on(ChairmanDecided decision) {
        if (PeriodicReportVariables.PROCESS_KEY.equals(decision.processKey())) {
            cycles.recordDecision(decision);
        }
    }
}
