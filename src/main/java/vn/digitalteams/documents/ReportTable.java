package vn.digitalteams.documents;

import java.util.List;

/**
 * A table of a report: a title line, column headers, and rows of cells already formatted for reading
 * (numbers as "1.234", in the Vietnamese way); a cell that is a whole number goes to Excel as a number.
 * The last row is the totals row when {@code totalsLast} is set (printed bold).
 */
public record ReportTable(String title, List<String> headers, List<List<String>> rows, boolean totalsLast) {
}
