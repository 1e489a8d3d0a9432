package vn.digitalteams.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.digitalteams.documents.SampleReports.ISSUED_ON;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.digitalteams.shared.Messages;
import vn.digitalteams.shared.UserFacingException;

/** What a report must say before anything is numbered or drawn. */
class ReportContentTest {

    private static final List<String> HEADERS = List.of("STT", "Tổ", "Số hộ");
    private static final ReportTable TABLE = new ReportTable("Biểu 1", HEADERS,
            List.of(List.of("1", "Bản 01", "1.200"), List.of("2", "Bản 02", "34"), List.of("", "Tổng cộng", "1.234")),
            true);

    @Test
    void theSampleReportIsValid() {
        ReportContent report = SampleReports.report("tam-quang", "BC-tam-quang-2026-11", ISSUED_ON);

        assertThat(report.tables()).hasSize(2);
        assertThat(report.export().headers()).hasSize(16);
        assertThat(report.proposals()).isEmpty();
    }

    @Test
    void aReportWithoutSubjectSignerOrExportIsRefused() {
        assertThatThrownBy(() -> report("   ", List.of(TABLE), TABLE, List.of()))
                .satisfies(e -> assertRefused(e, "document.field.required", "Văn bản thiếu nội dung bắt buộc (subject)."));
        assertThatThrownBy(() -> report("Kết quả", List.of(TABLE), null, List.of()))
                .satisfies(e -> assertRefused(e, "document.field.required", "Văn bản thiếu nội dung bắt buộc (export)."));
        assertThatThrownBy(() -> new ReportContent("tam-quang", "Tam Quang", "BC-1", ISSUED_ON, "Kết quả", null,
                null, TABLE, null, null, null, null, "Lương Văn Hùng", null))
                .satisfies(e -> assertRefused(e, "document.field.required", "Văn bản thiếu nội dung bắt buộc (signer)."));
    }

    @Test
    void keysLongerThanTheirColumnsAreRefused() {
        assertThatThrownBy(() -> new ReportContent("tam-quang", "Tam Quang", "K".repeat(101), ISSUED_ON, "Kết quả",
                null, null, TABLE, null, null, null, Signer.CHAIRMAN, "Lương Văn Hùng", null))
                .satisfies(e -> assertRefused(e, "document.field.tooLong",
                        "Nội dung \"caseKey\" của văn bản dài quá 100 ký tự."));
        assertThatThrownBy(() -> new ReportContent("x".repeat(51), "Tam Quang", "BC-1", ISSUED_ON, "Kết quả",
                null, null, TABLE, null, null, null, Signer.CHAIRMAN, "Lương Văn Hùng", null))
                .satisfies(e -> assertRefused(e, "document.field.tooLong",
                        "Nội dung \"communeCode\" của văn bản dài quá 50 ký tự."));
    }

    @Test
    void aBlankParagraphOrRecipientIsRefused() {
        assertThatThrownBy(() -> report("Kết quả", List.of(TABLE), TABLE, Arrays.asList("Sóng yếu.", " ")))
                .satisfies(e -> assertRefused(e, "document.field.blankLine",
                        "Nội dung \"difficulties\" của văn bản có dòng để trống."));
        assertThatThrownBy(() -> new ReportContent("tam-quang", "Tam Quang", "BC-1", ISSUED_ON, "Kết quả", null,
                null, TABLE, null, null, null, Signer.CHAIRMAN, "Lương Văn Hùng", Arrays.asList("Sở KH&CN", null)))
                .satisfies(e -> assertRefused(e, "document.field.blankLine",
                        "Nội dung \"recipients\" của văn bản có dòng để trống."));
    }

    @Test
    void aMissingTableIsRefused() {
        assertThatThrownBy(() -> report("Kết quả", Arrays.asList(TABLE, null), TABLE, List.of()))
                .satisfies(e -> assertRefused(e, "document.field.required", "Văn bản thiếu nội dung bắt buộc (tables)."));
    }

    @Test
    void aRowWithMoreOrFewerCellsThanHeadersIsRefused() {
        assertThatThrownBy(() -> new ReportTable("Biểu 1", HEADERS,
                List.of(List.of("1", "Bản 01", "12"), List.of("2", "Bản 02")), false))
                .satisfies(e -> assertRefused(e, "document.table.rowSize",
                        "Bảng \"Biểu 1\": dòng 2 có 2 ô, trong khi bảng có 3 cột."));
        assertThatThrownBy(() -> new ReportTable("Biểu 1", HEADERS,
                List.of(List.of("1", "Bản 01", "12", "5")), false))
                .satisfies(e -> assertRefused(e, "document.table.rowSize",
                        "Bảng \"Biểu 1\": dòng 1 có 4 ô, trong khi bảng có 3 cột."));
        assertThatThrownBy(() -> new ReportTable("Biểu 1", HEADERS, Arrays.asList(List.of("1", "Bản 01", "12"), null),
                false))
                .satisfies(e -> assertRefused(e, "document.table.rowSize",
                        "Bảng \"Biểu 1\": dòng 2 có 0 ô, trong khi bảng có 3 cột."));
        assertThatThrownBy(() -> new ReportTable("Biểu 1", HEADERS, List.of(Arrays.asList("1", null, "12")), false))
                .satisfies(e -> assertRefused(e, "document.table.cellMissing",
                        "Bảng \"Biểu 1\": dòng 1 có ô không có giá trị."));
    }

    @Test
    void aTableNeedsATitleAndHeaders() {
        assertThatThrownBy(() -> new ReportTable(" ", HEADERS, List.of(), false))
                .satisfies(e -> assertRefused(e, "document.field.required", "Văn bản thiếu nội dung bắt buộc (title)."));
        assertThatThrownBy(() -> new ReportTable("Biểu 1", List.of(), List.of(), false))
                .satisfies(e -> assertRefused(e, "document.field.required", "Văn bản thiếu nội dung bắt buộc (headers)."));
        assertThatThrownBy(() -> new ReportTable("Biểu 1", List.of("STT", ""), List.of(), false))
                .satisfies(e -> assertRefused(e, "document.field.blankLine",
                        "Nội dung \"headers\" của văn bản có dòng để trống."));
    }

    @Test
    void aTotalsRowThatDoesNotAddUpIsRefused() {
        assertThatThrownBy(() -> new ReportTable("Biểu 1", HEADERS,
                List.of(List.of("1", "Bản 01", "1.200"), List.of("2", "Bản 02", "34"), List.of("", "Tổng cộng", "1.233")),
                true))
                .satisfies(e -> assertRefused(e, "document.table.totalsMismatch",
                        "Bảng \"Biểu 1\": dòng tổng cộng ở cột \"Số hộ\" ghi 1.233, nhưng cộng các dòng được 1.234."));
        assertThatThrownBy(() -> new ReportTable("Biểu 1", HEADERS, List.of(), true))
                .satisfies(e -> assertRefused(e, "document.table.totalsMissing",
                        "Bảng \"Biểu 1\" không có dòng nào để làm dòng tổng cộng."));
    }

    @Test
    void columnsThatAreNotSumsNeedNotAddUp() {
        ReportTable rates = new ReportTable("Biểu 3", List.of("Tổ", "Số hộ", "Tỷ lệ", "Ghi chú"), List.of(
                List.of("Bản 01", "10", "80%", "12"),
                List.of("Bản 02", "", "90%", "Mới thành lập"),
                List.of("Tổng cộng", "10", "85%", "3")), true);

        assertThat(rates.bodyRows()).hasSize(2);
    }

    @Test
    void theListsAreCopiedAndMissingOnesAreEmpty() {
        List<String> difficulties = new ArrayList<>(List.of("Sóng yếu."));
        List<List<String>> rows = new ArrayList<>(List.of(new ArrayList<>(List.of("1", "Bản 01", "12"))));
        ReportTable table = new ReportTable("Biểu 1", HEADERS, rows, false);
        ReportContent report = report("Kết quả", List.of(table), table, difficulties);
        difficulties.add("Thêm sau.");
        rows.get(0).set(2, "99");
        rows.add(List.of("2", "Bản 02", "3"));

        assertThat(report.difficulties()).containsExactly("Sóng yếu.");
        assertThat(report.tables().get(0).rows()).containsExactly(List.of("1", "Bản 01", "12"));
        assertThat(report.proposals()).isEmpty();
        assertThat(report.nextTasks()).isEmpty();
    }

    private static ReportContent report(String subject, List<ReportTable> tables, ReportTable export,
                                        List<String> difficulties) {
        return new ReportContent("tam-quang", "Tam Quang", "BC-tam-quang-2026-11", ISSUED_ON, subject,
                List.of("Tình hình chung."), tables, export, difficulties, null, null, Signer.CHAIRMAN,
                "Lương Văn Hùng", List.of(SampleReports.SCIENCE_DEPARTMENT));
    }

    private static void assertRefused(Throwable e, String key, String message) {
        assertThat(e).isInstanceOf(UserFacingException.class);
        assertThat(((UserFacingException) e).messageKey()).isEqualTo(key);
        assertThat(Messages.of((UserFacingException) e)).isEqualTo(message);
    }
}
