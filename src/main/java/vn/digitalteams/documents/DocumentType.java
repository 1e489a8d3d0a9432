package vn.digitalteams.documents;

public enum DocumentType { ADMISSION_DECISION, WITHDRAWAL_DECISION }
