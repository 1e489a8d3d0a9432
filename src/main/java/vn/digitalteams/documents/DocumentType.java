package vn.digitalteams.documents;

/** What a document decides; a case has at most one document of each type. */
public enum DocumentType {
    ADMISSION_DECISION, WITHDRAWAL_DECISION
}
