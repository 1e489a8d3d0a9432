package vn.digitalteams.membership;

import org.camunda.bpm.engine.delegate.DelegateExecution;

import vn.digitalteams.documents.IssuedDocument;

/** What a finished case shows about its decision (in Tasklist forms and in Cockpit's variables). */
final class DecisionVariables {

    private DecisionVariables() {
    }

    static void record(DelegateExecution execution, IssuedDocument decision) {
        execution.setVariable("decisionNumber", decision.number());
        execution.setVariable("decisionDocumentId", decision.id());
        execution.setVariable("decisionUrl", "/api/documents/" + decision.id() + "/pdf");
    }
}
