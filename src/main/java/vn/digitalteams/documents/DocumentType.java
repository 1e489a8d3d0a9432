package vn.digitalteams.documents;

/** What a document is; a case has at most one document of each type. */
public enum DocumentType {
    ADMISSION_DECISION(DocumentSeries.QD, Authority.CHAIRMAN),
    WITHDRAWAL_DECISION(DocumentSeries.QD, Authority.CHAIRMAN),
    /** A commune's monthly or quarterly report on its teams (BÁO CÁO), with an Excel export. */
    PERIODIC_REPORT(DocumentSeries.BC, Authority.COMMITTEE);

    private final DocumentSeries series;
    private final Authority authority;

    DocumentType(DocumentSeries series, Authority authority) {
        this.series = series;
        this.authority = authority;
    }

    /** The series whose numbers documents of this type take. */
    DocumentSeries series() {
        return series;
    }

    /** In whose name documents of this type are issued, so how they are signed. */
    Authority authority() {
        return authority;
    }
}
