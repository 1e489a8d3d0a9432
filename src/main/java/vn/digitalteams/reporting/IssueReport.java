package vn.digitalteams.reporting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.digitalteams.documents.Documents;
import vn.digitalteams.documents.IssuedDocument;
import vn.digitalteams.identity.CommuneChecks;

/**
 * The approved report is issued (numbered "N/BC-UBND", PDF and Excel stored) in the approval's
 * transaction, from the cycle's record and signed as the approver signs; the cycle keeps its number.
 */
@Component("issueReport")
class IssueReport implements JavaDelegate {

    private final ReportingCycles cycles;
    private final ReportContents contents;
    private final Documents documents;
    private final CommuneChecks communeChecks;

    IssueReport(ReportingCycles cycles, ReportContents contents, Documents documents, CommuneChecks communeChecks) {
        this.cycles = cycles;
        this.contents = contents;
        this.documents = documents;
        this.communeChecks = communeChecks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ReportingCycle cycle = cycles.cycle(execution.getTenantId(), execution.getProcessBusinessKey());
        communeChecks.requireOneCommune("report " + cycle.caseKey(), cycle.communeCode(), execution.getTenantId());
        IssuedDocument report = documents.issueReport(contents.of(cycle, cycle.signer(), cycle.decidedByName()));
        cycles.recordIssued(cycle.communeCode(), cycle.caseKey(), report);
    }
}
