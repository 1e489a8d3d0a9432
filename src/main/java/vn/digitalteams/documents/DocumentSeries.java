package vn.digitalteams.documents;

/**
 * The kinds of document a commune numbers separately (Decree 30/2020/NĐ-CP, Appendix III): each
 * commune counts its decisions and its reports from 1 every year, each kind on its own. The constant
 * is the kind's abbreviation in ASCII, as stored (document.series) and as file names begin
 * ("QD-12-2026.pdf"); the abbreviation is as printed.
 */
enum DocumentSeries {
    /** Quyết định. */
    QD("QĐ"),
    /** Báo cáo. */
    BC("BC");

    /** The People's Committee (UBND) is the issuer of every series. */
    private static final String ISSUER = "UBND";

    private final String abbreviation;

    DocumentSeries(String abbreviation) {
        this.abbreviation = abbreviation;
    }

    /** What follows the number: "/QĐ-UBND". */
    String suffix() {
        return "/" + abbreviation + "-" + ISSUER;
    }

    /**
     * A draft has no number yet, only room for one (no-break spaces, which the layout keeps as they are;
     * ordinary spaces between words are set as one).
     */
    String blank() {
        return "\u00A0".repeat(8) + suffix();
    }
}
