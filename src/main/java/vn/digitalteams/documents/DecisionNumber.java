package vn.digitalteams.documents;

/** A decision's place in its commune's sequence of the year, and how it is printed. */
record DecisionNumber(int year, int sequence) {

    /** Decision (QĐ) of the People's Committee (UBND), as Decree 30/2020 abbreviates them. */
    static final String SUFFIX = "/QĐ-UBND";
    /**
     * A draft has no number yet, only room for one (no-break spaces, which the layout keeps as they are;
     * ordinary spaces between words are set as one).
     */
    static final String BLANK = "\u00A0".repeat(8) + SUFFIX;

    String printed() {
        return sequence + SUFFIX;
    }
}
