package vn.digitalteams.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.digitalteams.documents.SampleReports.ISSUED_ON;
import static vn.digitalteams.documents.SampleReports.SCIENCE_DEPARTMENT;
import static vn.digitalteams.documents.SampleReports.TEAM_FIGURES;
import static vn.digitalteams.documents.SampleReports.newCaseKey;
import static vn.digitalteams.documents.SampleReports.newCommune;
import static vn.digitalteams.documents.SampleReports.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.digitalteams.IntegrationTest;

/**
 * The report's PDF as a reader gets it: the decree's frame, the five sections, the tables with their
 * Vietnamese names, and totals that are the sum of the rows printed above them, across page breaks.
 * Pages are also rendered to target/documents/report-*.png (and the PDFs saved beside them) for a
 * person to look at.
 */
@IntegrationTest
class ReportPdfTest {

    /** A row of the teams table as text: STT, team, status, then the figures. */
    private static final String FIGURES = "((?: [\\d.]+){" + TEAM_FIGURES + "})";
    private static final Pattern TEAM_ROW = Pattern.compile(
            "(\\d+) (Tổ cấp xã|Bản \\d\\d|Tổ công nghệ số cộng đồng bản \\d\\d) (Đúng hạn|Nộp muộn|Không nộp)" + FIGURES);
    private static final Pattern TEAM_TOTALS = Pattern.compile("Tổng cộng" + FIGURES);
    private static final String TEAM_HEADER = "STT Tổ Tình hình nộp báo cáo";

    @Autowired Documents documents;
    @Autowired JdbcTemplate jdbc;

    @Test
    void anIssuedReportReadsAsTheDecreeWantsItAndItsTotalsAddUp() throws IOException {
        IssuedDocument issued = documents.issueReport(report(newCommune(), newCaseKey(), ISSUED_ON));
        byte[] pdf = storedPdf(issued);

        String text = DecisionPdfTest.text(pdf);
        assertThat(issued.number()).isEqualTo("01/BC-UBND");
        assertThat(issued.type()).isEqualTo(DocumentType.PERIODIC_REPORT);
        assertThat(text).contains("ỦY BAN NHÂN DÂN", "XÃ TAM QUANG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc", "Số: 01/BC-UBND", "Tam Quang, ngày 05 tháng 12 năm 2026",
                "BÁO CÁO Kết quả hoạt động của Tổ công nghệ số cộng đồng tháng 11 năm 2026",
                "I. TÌNH HÌNH CHUNG", "Tổ công nghệ số cộng đồng bản 03 tổ chức Ngày hội công nghệ số",
                "II. KẾT QUẢ THỰC HIỆN", "Biểu 1. Kết quả hoạt động của các Tổ công nghệ số cộng đồng",
                "Biểu 2. Tổng hợp theo loại hoạt động", "Thanh toán không dùng tiền mặt (QR, hóa đơn)",
                "III. KHÓ KHĂN, VƯỚNG MẮC", "IV. ĐỀ XUẤT, KIẾN NGHỊ Không có.", "V. NHIỆM VỤ KỲ TỚI",
                "Nơi nhận:", "- " + SCIENCE_DEPARTMENT + ";", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
                "Lương Văn Hùng");
        assertThat(text).doesNotContain("DỰ THẢO", "QUYẾT ĐỊNH", "KT. CHỦ TỊCH");
        // The sections in their order.
        assertThat(text.indexOf("I. TÌNH HÌNH CHUNG")).isLessThan(text.indexOf("II. KẾT QUẢ THỰC HIỆN"));
        assertThat(text.indexOf("II. KẾT QUẢ THỰC HIỆN")).isLessThan(text.indexOf("III. KHÓ KHĂN, VƯỚNG MẮC"));
        assertThat(text.indexOf("III. KHÓ KHĂN, VƯỚNG MẮC")).isLessThan(text.indexOf("IV. ĐỀ XUẤT, KIẾN NGHỊ"));
        assertThat(text.indexOf("IV. ĐỀ XUẤT, KIẾN NGHỊ")).isLessThan(text.indexOf("V. NHIỆM VỤ KỲ TỚI"));
        assertThat(text.indexOf("V. NHIỆM VỤ KỲ TỚI")).isLessThan(text.indexOf("Nơi nhận:"));

        List<String> teams = new ArrayList<>();
        long[] sums = new long[TEAM_FIGURES];
        Matcher row = TEAM_ROW.matcher(text);
        while (row.find()) {
            teams.add(row.group(2));
            add(sums, figures(row.group(4)));
        }
        assertThat(teams).hasSize(19).startsWith("Tổ cấp xã", "Bản 01", "Bản 02").endsWith("Bản 18");
        Matcher totals = TEAM_TOTALS.matcher(text);
        assertThat(totals.find()).isTrue();
        assertThat(figures(totals.group(1))).containsExactly(sums);
        // The commune team's 1.234 answers printed the Vietnamese way, and counted in the total.
        assertThat(text).contains("1 Tổ cấp xã Đúng hạn");
        assertThat(totals.group(1)).matches(".* \\d{1,3}\\.\\d{3} .*");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            // An act of the committee as a body (Decree 30/2020, Appendix I): "TM." above the Chairman.
            DecisionPdfTest.assertSignatureBlock(document, "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lương Văn Hùng");
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                DecisionPdfTest.preview(document, page, "report-issued-page-" + (page + 1) + ".png");
            }
        }
    }

    @Test
    void aTableLongerThanAPageRepeatsItsHeaderOnEveryPageItRunsOnto() throws IOException {
        IssuedDocument issued = documents.issueReport(report(newCommune(), newCaseKey(), ISSUED_ON, 41,
                team -> String.format("Tổ công nghệ số cộng đồng bản %02d", team), Signer.CHAIRMAN, "Lương Văn Hùng"));
        byte[] pdf = storedPdf(issued);

        List<String> teams = new ArrayList<>();
        long[] sums = new long[TEAM_FIGURES];
        int pagesWithRows = 0;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                String text = pageText(document, page);
                Matcher row = TEAM_ROW.matcher(text);
                if (!row.find()) {
                    continue;
                }
                pagesWithRows++;
                assertThat(text.indexOf(TEAM_HEADER)).as("header row on page %d", page).isBetween(0, row.start());
                do {
                    teams.add(row.group(2));
                    add(sums, figures(row.group(4)));
                } while (row.find());
            }
            DecisionPdfTest.preview(document, 1, "report-long-table-page-2.png");
        }

        assertThat(pagesWithRows).isGreaterThanOrEqualTo(2);
        assertThat(teams).hasSize(41).contains("Tổ công nghệ số cộng đồng bản 03").doesNotHaveDuplicates();
        Matcher totals = TEAM_TOTALS.matcher(DecisionPdfTest.text(pdf));
        assertThat(totals.find()).isTrue();
        assertThat(figures(totals.group(1))).containsExactly(sums);
    }

    @Test
    void aDraftReportHasNoNumberIsMarkedAndIsNotStored() throws IOException {
        String caseKey = newCaseKey();
        byte[] pdf = documents.draft(report("tam-quang", caseKey, ISSUED_ON, 19,
                SampleReports::teamName, Signer.VICE_CHAIRMAN, "Võ Thị Tuyết Chinh"));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                assertThat(pageText(document, page)).contains("DỰ THẢO");
            }
            DecisionPdfTest.preview(document, 0, "report-draft-page-1.png");
            DecisionPdfTest.assertSignatureBlock(document, "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH",
                    "Võ Thị Tuyết Chinh");
        }
        assertThat(DecisionPdfTest.text(pdf)).containsPattern("Số: [\\s\\u00A0]{4,}/BC-UBND")
                .doesNotContainPattern("Số: *\\d");
        assertThat(documents.ofCase(caseKey)).isEmpty();
    }

    private byte[] storedPdf(IssuedDocument issued) {
        return jdbc.queryForObject("select pdf from document where id = ?", byte[].class, issued.id());
    }

    /** " 12 1.234 0" as numbers. */
    private static long[] figures(String text) {
        return Arrays.stream(text.strip().split(" ")).mapToLong(n -> Long.parseLong(n.replace(".", ""))).toArray();
    }

    private static void add(long[] sums, long[] figures) {
        for (int i = 0; i < sums.length; i++) {
            sums[i] += figures[i];
        }
    }

    private static String pageText(PDDocument document, int page) throws IOException {
        return DecisionPdfTest.text(document, page).replaceAll("\\s+", " ");
    }
}
