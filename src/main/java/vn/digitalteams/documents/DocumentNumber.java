package vn.digitalteams.documents;

/** A document's place in its commune's series of the year, and how it is printed: "12/QĐ-UBND". */
record DocumentNumber(DocumentSeries series, int year, int sequence) {

    String printed() {
        return sequence + series.suffix();
    }
}
