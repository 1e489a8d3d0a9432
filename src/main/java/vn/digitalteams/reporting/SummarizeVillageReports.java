package vn.digitalteams.reporting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.digitalteams.shared.Messages;

/**
 * Once every village has reported or been given up on: the villages side by side, and which were late
 * or missing, as the variables the consolidation and review forms show.
 */
@Component("summarizeVillageReports")
class SummarizeVillageReports implements JavaDelegate {

    private final ReportingCycles cycles;

    SummarizeVillageReports(ReportingCycles cycles) {
        this.cycles = cycles;
    }

    @Override
    public void execute(DelegateExecution execution) {
        VillageTable table = new VillageTable(cycles.reportsOf(cycles.cycle((String) execution.getVariable("caseKey"))));
        String none = Messages.get("report.villages.none");
        execution.setVariable("villageTable", table.markdown());
        String late = table.villagesWith(VillageReport.Status.LATE);
        String missing = table.villagesWith(VillageReport.Status.MISSING);
        execution.setVariable("lateVillages", late == null ? none : late);
        execution.setVariable("missingVillages", missing == null ? none : missing);
    }
}
