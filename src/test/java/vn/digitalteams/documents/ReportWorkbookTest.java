package vn.digitalteams.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.digitalteams.documents.SampleReports.ACTIVITIES;
import static vn.digitalteams.documents.SampleReports.ISSUED_ON;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The Excel export read back as the province's tools read it: typed numbers, and totals that add up. */
class ReportWorkbookTest {

    private static final DocumentNumber NUMBER = new DocumentNumber(DocumentSeries.BC, 2026, 3);
    private static final int FIRST_ROW = ReportWorkbook.HEADER_ROW + 1;

    private final ReportWorkbook workbook = new ReportWorkbook();

    @Test
    void theExportTableReadsBackWithNumericCellsAndTotalsThatAddUp() throws IOException {
        ReportContent report = SampleReports.report("tam-quang", "BC-tam-quang-2026-11", ISSUED_ON);

        try (XSSFWorkbook xlsx = read(workbook.write(report, NUMBER))) {
            assertThat(xlsx.getNumberOfSheets()).isEqualTo(1);
            Sheet sheet = xlsx.getSheet("Bao cao");
            assertThat(sheet).isNotNull();
            assertThat(text(sheet, 0, 0)).isEqualTo("Ủy ban nhân dân xã Tam Quang");
            assertThat(text(sheet, 1, 0)).isEqualTo("Báo cáo: " + SampleReports.SUBJECT);
            assertThat(text(sheet, 2, 0)).isEqualTo("Số: 03/BC-UBND, ngày 05/12/2026");
            assertThat(text(sheet, 3, 0)).isEqualTo(report.export().title());

            Row header = sheet.getRow(ReportWorkbook.HEADER_ROW);
            assertThat(header.getLastCellNum()).isEqualTo((short) 16);
            for (int c = 0; c < 16; c++) {
                Cell cell = header.getCell(c);
                assertThat(cell.getStringCellValue()).isEqualTo(report.export().headers().get(c));
                assertThat(xlsx.getFontAt(cell.getCellStyle().getFontIndex()).getBold()).isTrue();
                assertThat(cell.getCellStyle().getBorderBottom()).isEqualTo(BorderStyle.THIN);
                assertThat(sheet.getColumnWidth(c)).isGreaterThanOrEqualTo(6 * 256);
            }

            FormulaEvaluator evaluator = xlsx.getCreationHelper().createFormulaEvaluator();
            long[] sums = new long[ACTIVITIES.size()];
            for (int team = 1; team <= 19; team++) {
                Row row = sheet.getRow(FIRST_ROW + team - 1);
                assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(team);
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo(SampleReports.teamName(team));
                assertThat(row.getCell(2).getStringCellValue()).isEqualTo(SampleReports.status(team));
                long[] figures = SampleReports.activities(team);
                for (int a = 0; a < ACTIVITIES.size(); a++) {
                    Cell cell = row.getCell(3 + a);
                    assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
                    assertThat((long) cell.getNumericCellValue()).isEqualTo(figures[a]);
                    assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("#,##0");
                    sums[a] += (long) cell.getNumericCellValue();
                }
            }
            // "1.234" in the report is the number 1234, not 1.234.
            assertThat(sheet.getRow(FIRST_ROW).getCell(15).getNumericCellValue()).isEqualTo(1234);

            Row totals = sheet.getRow(FIRST_ROW + 19);
            assertThat(totals.getCell(1).getStringCellValue()).isEqualTo("Tổng cộng");
            assertThat(sheet.getLastRowNum()).isEqualTo(FIRST_ROW + 19);
            for (int a = 0; a < ACTIVITIES.size(); a++) {
                Cell total = totals.getCell(3 + a);
                String column = String.valueOf((char) ('D' + a));
                assertThat(total.getCellFormula()).isEqualTo("SUM(" + column + "7:" + column + "25)");
                // The cached value, what a reader that never recalculates shows ...
                assertThat(total.getCachedFormulaResultType()).isEqualTo(CellType.NUMERIC);
                assertThat((long) total.getNumericCellValue()).isEqualTo(sums[a]);
                // ... is what the formula gives.
                assertThat((long) evaluator.evaluate(total).getNumberValue()).isEqualTo(sums[a]);
                assertThat(xlsx.getFontAt(total.getCellStyle().getFontIndex()).getBold()).isTrue();
            }
            assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) FIRST_ROW);
        }
    }

    @Test
    void withoutATotalsRowOneIsAddedThatSumsTheFiguresButNotTheRowNumbers() throws IOException {
        ReportTable export = new ReportTable("Biểu xuất", List.of("STT", "Tổ", "Mã bản", "Số hộ", "Tỷ lệ"), List.of(
                List.of("1", "Bản 01", "01", "1.200", "80%"),
                List.of("2", "Bản Huồi Cọ", "02", "", "75%"),
                List.of("3", "Bản Nà Lũng", "03", "34", "90%")), false);

        try (XSSFWorkbook xlsx = read(workbook.write(withExport(export), NUMBER))) {
            Sheet sheet = xlsx.getSheetAt(0);
            Row second = sheet.getRow(FIRST_ROW + 1);
            assertThat(second.getCell(1).getStringCellValue()).isEqualTo("Bản Huồi Cọ");
            // A code with a leading zero stays text, as does a rate.
            assertThat(second.getCell(2).getCellType()).isEqualTo(CellType.STRING);
            assertThat(second.getCell(2).getStringCellValue()).isEqualTo("02");
            assertThat(second.getCell(4).getStringCellValue()).isEqualTo("75%");

            Row totals = sheet.getRow(FIRST_ROW + 3);
            assertThat(totals.getCell(0).getStringCellValue()).isEqualTo("Tổng cộng");
            assertThat(totals.getCell(3).getCellFormula()).isEqualTo("SUM(D7:D9)");
            assertThat(totals.getCell(3).getNumericCellValue()).isEqualTo(1234);
            assertThat(totals.getCell(2).getStringCellValue()).isEmpty();
            assertThat(totals.getCell(4).getStringCellValue()).isEmpty();
        }
    }

    @Test
    void aTextThatLooksLikeAFormulaStaysTextAndIsNeverEvaluated() throws IOException {
        ReportTable export = new ReportTable("Kết quả", List.of("STT", "Tổ", "Thăm hộ"), List.of(
                List.of("1", "=HYPERLINK(\"https://evil.example\",\"Bấm\")", "3"),
                List.of("2", "+84 Bản 02", "4"), List.of("3", "-Bản 03", "5"), List.of("4", "@SUM(A1:A9)", "6"),
                List.of("", "Tổng cộng", "18")), true);

        try (XSSFWorkbook book = read(workbook.write(withExport(export), NUMBER))) {
            Sheet sheet = book.getSheetAt(0);
            for (int row = FIRST_ROW; row < FIRST_ROW + 4; row++) {
                Cell team = sheet.getRow(row).getCell(1);
                assertThat(team.getCellType()).isEqualTo(CellType.STRING);
                assertThat(team.getCellStyle().getQuotePrefixed()).as(team.getStringCellValue()).isTrue();
            }
            assertThat(text(sheet, FIRST_ROW, 1)).isEqualTo("=HYPERLINK(\"https://evil.example\",\"Bấm\")");
        }
    }

    private static ReportContent withExport(ReportTable export) {
        return new ReportContent("tam-quang", "Tam Quang", "BC-tam-quang-2026-11", ISSUED_ON, SampleReports.SUBJECT,
                null, List.of(export), export, null, null, null, Signer.CHAIRMAN, "Lương Văn Hùng", null);
    }

    private static XSSFWorkbook read(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    private static String text(Sheet sheet, int row, int column) {
        return sheet.getRow(row).getCell(column).getStringCellValue();
    }
}
