package vn.digitalteams.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.IntStream;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

import vn.digitalteams.shared.Messages;
import vn.digitalteams.shared.VietnameseDates;

/**
 * A report's export table as the .xlsx the province consolidates: one sheet, a few title lines (commune,
 * subject, number and date, the table's title), then the table with bold bordered headers, whole
 * numbers as numeric cells ("1.234" becomes 1234, shown "1,234" or "1.234" as the reader's Excel
 * groups thousands), and a totals row whose sums are SUM formulas carrying their values, so a reader
 * that never recalculates still sees them.
 *
 * <p>The totals row is the table's own when it has one ({@link ReportTable} has checked that it adds
 * up); otherwise one is added, summing every column of whole numbers except a column of row numbers
 * (1, 2, 3, ... as "STT" is).
 */
@Component
class ReportWorkbook {

    /** The header row's index: the title lines above it, then an empty row. */
    static final int HEADER_ROW = 5;
    /** Column widths in characters: room for short figures, and no endless column for long names. */
    private static final int MIN_WIDTH = 6;
    private static final int MAX_WIDTH = 45;
    private static final float LINE_HEIGHT = 15;

    byte[] write(ReportContent content, DocumentNumber number) {
        ReportTable table = content.export();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            Sheet sheet = workbook.createSheet(Messages.get("document.xlsx.sheet"));
            titleLine(sheet, 0, Messages.get("document.xlsx.issuer", content.communeName()), styles.title);
            titleLine(sheet, 1, Messages.get("document.xlsx.report", content.subject()), styles.title);
            titleLine(sheet, 2, Messages.get("document.xlsx.number", number.printed(),
                    VietnameseDates.format(content.issuedOn())), styles.text);
            titleLine(sheet, 3, table.title(), styles.caption);

            int[] widths = widths(table);
            Row header = sheet.createRow(HEADER_ROW);
            int headerLines = 1;
            for (int c = 0; c < table.headers().size(); c++) {
                text(header, c, table.headers().get(c), styles.header);
                headerLines = Math.max(headerLines,
                        (int) Math.ceil(table.headers().get(c).length() / (double) (widths[c] - 1)));
            }
            header.setHeightInPoints(headerLines * LINE_HEIGHT);

            List<List<String>> body = table.bodyRows();
            int first = HEADER_ROW + 1;
            for (int r = 0; r < body.size(); r++) {
                Row row = sheet.createRow(first + r);
                for (int c = 0; c < table.headers().size(); c++) {
                    cell(row, c, body.get(r).get(c), styles.number, styles.cell);
                }
            }
            totals(sheet.createRow(first + body.size()), table, first, styles);

            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            sheet.createFreezePane(0, HEADER_ROW + 1);
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setLandscape(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);

            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Writing the Excel export of case " + content.caseKey() + " failed", e);
        }
    }

    /**
     * The totals row: a SUM with its value in each column of whole numbers that the table's own totals
     * row sums (or, without one, that is not a column of row numbers); other cells as the table's totals
     * row writes them, or empty, with "Tổng cộng" in the first of them without one.
     */
    private void totals(Row row, ReportTable table, int first, Styles styles) {
        List<List<String>> body = table.bodyRows();
        List<String> given = table.totalsLast() ? table.rows().get(table.rows().size() - 1) : null;
        boolean labelled = given != null;
        for (int c = 0; c < table.headers().size(); c++) {
            int column = c;
            List<String> cells = body.stream().map(bodyRow -> bodyRow.get(column)).toList();
            boolean sums = given != null
                    ? WholeNumbers.isWhole(given.get(c)) && cells.stream().allMatch(ReportWorkbook::wholeOrEmpty)
                    : !cells.isEmpty() && cells.stream().allMatch(ReportWorkbook::wholeOrEmpty) && !isRowNumbers(cells);
            if (sums) {
                long sum = cells.stream().map(WholeNumbers::parse).filter(OptionalLong::isPresent)
                        .mapToLong(OptionalLong::getAsLong).sum();
                Cell cell = row.createCell(c);
                String letter = CellReference.convertNumToColString(c);
                cell.setCellFormula("SUM(" + letter + (first + 1) + ":" + letter + (first + body.size()) + ")");
                // A formula cell's value is its cached result: what readers without recalculation show.
                cell.setCellValue(sum);
                cell.setCellStyle(styles.totalNumber);
            } else if (given != null) {
                cell(row, c, given.get(c), styles.totalNumber, styles.total);
            } else {
                text(row, c, labelled ? "" : Messages.get("document.xlsx.total"), styles.total);
                labelled = true;
            }
        }
    }

    /** A whole number as a numeric cell, anything else as text. */
    private static void cell(Row row, int column, String value, CellStyle number, CellStyle text) {
        OptionalLong whole = WholeNumbers.parse(value);
        if (whole.isPresent()) {
            Cell cell = row.createCell(column);
            cell.setCellValue(whole.getAsLong());
            cell.setCellStyle(number);
        } else {
            text(row, column, value, text);
        }
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static void titleLine(Sheet sheet, int index, String text, CellStyle style) {
        text(sheet.createRow(index), 0, text, style);
    }

    private static boolean wholeOrEmpty(String cell) {
        return cell.isBlank() || WholeNumbers.isWhole(cell);
    }

    /** 1, 2, 3, ...: the running number of the rows, which nobody adds up. */
    private static boolean isRowNumbers(List<String> cells) {
        return IntStream.range(0, cells.size())
                .allMatch(i -> WholeNumbers.parse(cells.get(i)).orElse(-1) == i + 1);
    }

    /** Wide enough for the longest cell and the longest word of the header (headers wrap). */
    private static int[] widths(ReportTable table) {
        int[] widths = new int[table.headers().size()];
        for (int c = 0; c < widths.length; c++) {
            int widest = 0;
            for (String word : table.headers().get(c).split("\\s+")) {
                widest = Math.max(widest, word.length());
            }
            for (List<String> row : table.rows()) {
                widest = Math.max(widest, row.get(c).length());
            }
            widths[c] = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, widest + 2));
        }
        return widths;
    }

    /**
     * The workbook's cell styles, made once per workbook (Excel limits how many a file may have). Every text
     * style is quote-prefixed, so no text cell is ever evaluated as a formula.
     */
    private static final class Styles {
        final CellStyle title;
        final CellStyle caption;
        final CellStyle text;
        final CellStyle header;
        final CellStyle cell;
        final CellStyle number;
        final CellStyle total;
        final CellStyle totalNumber;

        Styles(XSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            Font italic = workbook.createFont();
            italic.setItalic(true);
            short thousands = workbook.createDataFormat().getFormat("#,##0");

            title = workbook.createCellStyle();
            title.setFont(bold);
            caption = workbook.createCellStyle();
            caption.setFont(italic);
            text = workbook.createCellStyle();

            cell = bordered(workbook);
            cell.setWrapText(true);
            number = bordered(workbook);
            number.setDataFormat(thousands);
            header = bordered(workbook);
            header.setFont(bold);
            header.setWrapText(true);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            total = bordered(workbook);
            total.setFont(bold);
            totalNumber = bordered(workbook);
            totalNumber.setFont(bold);
            totalNumber.setDataFormat(thousands);
            // A text cell that starts with =, +, - or @ (a village's name, a label) stays text in Excel even
            // when someone edits it or saves it as CSV: never a formula that runs.
            List.of(title, caption, text, cell, header, total).forEach(style -> style.setQuotePrefixed(true));
        }

        private static CellStyle bordered(XSSFWorkbook workbook) {
            CellStyle style = workbook.createCellStyle();
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            style.setVerticalAlignment(VerticalAlignment.TOP);
            return style;
        }
    }
}
