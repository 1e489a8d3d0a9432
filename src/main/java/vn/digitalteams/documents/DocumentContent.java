package vn.digitalteams.documents;

/**
 * What any commune document says before it is drawn: a decision ({@link DecisionContent}) or a report
 * ({@link ReportContent}). The keys say whose it is.
 */
public sealed interface DocumentContent permits DecisionContent, ReportContent {

    String communeCode();

    String caseKey();
}
