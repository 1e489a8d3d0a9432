package vn.digitalteams.reporting;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.digitalteams.identity.CurrentUser;

/**
 * Complete listener of the consolidation: the commune team leader's texts and his corrections of the
 * villages' texts go into the records, then either the Chairman reviews the report (the assessment is then
 * required) or the villages he chose get their reports back with his comment, to revise. Every text has a
 * size limit, must say something and be printable when the report prints it ({@link ReportTexts}). Leaves
 * the gateway after the task its decision, transient.
 */
@Component("consolidationSubmission")
class ConsolidationSubmission implements TaskListener {

    private final CurrentUser currentUser;
    private final ReportingCycles cycles;
    private final ReportTexts texts;

    ConsolidationSubmission(CurrentUser currentUser, ReportingCycles cycles, ReportTexts texts) {
        this.currentUser = currentUser;
        this.cycles = cycles;
        this.texts = texts;
    }

    @Override
    public void notify(DelegateTask task) {
        ConsolidationForm form = new ConsolidationForm(task);
        String communeCode = task.getTenantId();
        String caseKey = task.getExecution().getProcessBusinessKey();
        List<VillageReport> reports = cycles.reportsOf(cycles.cycle(communeCode, caseKey));
        ConsolidationForm.Decision decision = form.decision();
        ReportingCycle.Consolidation consolidation = form.texts(texts, decision);
        Map<VillageText, Map<String, String>> villageTexts = form.villageTexts(reports, texts);
        String by = currentUser.actorOf(task);
        if (decision == ConsolidationForm.Decision.RETURN) {
            cycles.returnToVillages(communeCode, caseKey, consolidation, villageTexts, form.returnedVillages(reports),
                    form.returnComment(texts), by);
        } else {
            cycles.recordConsolidation(communeCode, caseKey, consolidation, villageTexts, by);
        }
        form.forget(ConsolidationForm.FIELDS);
        PeriodicReportVariables.consolidationDecided(task, decision);
    }
}
