package vn.digitalteams.reporting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.digitalteams.documents.Documents;
import vn.digitalteams.documents.IssuedDocument;
import vn.digitalteams.documents.Signer;

/** The approved report is issued (numbered "N/BC-UBND", PDF and Excel stored) in the approval's transaction. */
@Component("issueReport")
class IssueReport implements JavaDelegate {

    private final ReportContents contents;
    private final Documents documents;

    IssueReport(ReportContents contents, Documents documents) {
        this.contents = contents;
        this.documents = documents;
    }

    @Override
    public void execute(DelegateExecution execution) {
        IssuedDocument report = documents.issueReport(contents.of(execution.getProcessBusinessKey(),
                execution.getVariables(), Signer.valueOf((String) execution.getVariable("signer")),
                (String) execution.getVariable("reviewerName")));
        execution.setVariable("reportDocumentId", report.id());
        execution.setVariable("reportNumber", report.number());
    }
}
