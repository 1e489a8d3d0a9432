package vn.digitalteams.documents;

/** What a document is; a case has at most one document of each type. */
public enum DocumentType {
    ADMISSION_DECISION(DocumentSeries.QD),
    WITHDRAWAL_DECISION(DocumentSeries.QD),
    /** A commune's monthly or quarterly report on its teams (BÁO CÁO), with an Excel export. */
    PERIODIC_REPORT(DocumentSeries.BC);

    private final DocumentSeries series;

    DocumentType(DocumentSeries series) {
        this.series = series;
    }

    /** The series whose numbers documents of this type take. */
    DocumentSeries series() {
        return series;
    }
}
