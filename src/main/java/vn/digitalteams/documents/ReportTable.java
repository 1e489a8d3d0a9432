package vn.digitalteams.documents;

import static vn.digitalteams.documents.ContentChecks.requireText;
import static vn.digitalteams.shared.UserFacingException.invalid;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * A table of a report: a title line, column headers, and rows of cells already formatted for reading
 * (numbers as "1.234", in the Vietnamese way); a cell that is a whole number goes to Excel as a number.
 * The last row is the totals row when {@code totalsLast} is set (printed bold).
 *
 * <p>Every row has one cell per header; a cell may be empty (""), not null. A totals row must add up:
 * in each column where it and every row above it hold whole numbers (or nothing), it holds their sum.
 * A column that is not a sum (a rate, an average) is written so that it is not a whole number
 * ("85%", "12,5"), or left empty in the totals row.
 */
public record ReportTable(String title, List<String> headers, List<List<String>> rows, boolean totalsLast) {

    public ReportTable {
        requireText("title", title);
        headers = ContentChecks.lines("headers", headers);
        if (headers.isEmpty()) {
            throw invalid("document.field.required", "headers");
        }
        rows = copy(title, headers.size(), rows);
        if (totalsLast) {
            if (rows.isEmpty()) {
                throw invalid("document.table.totalsMissing", title);
            }
            checkTotals(title, headers, rows);
        }
    }

    /** The rows above the totals row, or every row of a table without one. */
    List<List<String>> bodyRows() {
        return totalsLast ? rows.subList(0, rows.size() - 1) : rows;
    }

    private static List<List<String>> copy(String title, int columns, List<List<String>> rows) {
        if (rows == null) {
            return List.of();
        }
        List<List<String>> copy = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            int cells = row == null ? 0 : row.size();
            if (cells != columns) {
                throw invalid("document.table.rowSize", title, String.valueOf(i + 1), String.valueOf(cells),
                        String.valueOf(columns));
            }
            if (row.stream().anyMatch(cell -> cell == null)) {
                throw invalid("document.table.cellMissing", title, String.valueOf(i + 1));
            }
            copy.add(List.copyOf(row));
        }
        return List.copyOf(copy);
    }

    private static void checkTotals(String title, List<String> headers, List<List<String>> rows) {
        List<String> totals = rows.get(rows.size() - 1);
        List<List<String>> body = rows.subList(0, rows.size() - 1);
        for (int column = 0; column < headers.size(); column++) {
            OptionalLong printed = WholeNumbers.parse(totals.get(column));
            if (printed.isEmpty()) {
                continue;
            }
            long sum = 0;
            boolean summable = true;
            for (List<String> row : body) {
                String cell = row.get(column);
                OptionalLong value = WholeNumbers.parse(cell);
                if (value.isPresent()) {
                    sum += value.getAsLong();
                } else if (!cell.isBlank()) {
                    summable = false;
                }
            }
            if (summable && sum != printed.getAsLong()) {
                throw invalid("document.table.totalsMismatch", title, headers.get(column),
                        WholeNumbers.format(printed.getAsLong()), WholeNumbers.format(sum));
            }
        }
    }
}
