package vn.digitalteams.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static vn.digitalteams.documents.SampleDecisions.ISSUED_ON;
import static vn.digitalteams.documents.SampleDecisions.MEMBER;
import static vn.digitalteams.documents.SampleDecisions.admission;
import static vn.digitalteams.documents.SampleDecisions.newCaseKey;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.digitalteams.IntegrationTest;

/**
 * The PDF as a reader gets it: the decree's wording, Vietnamese text that survives copying, A4, fonts
 * embedded. Page 1 of each variant is also rendered to target/documents/*.png for a person to look at.
 */
@IntegrationTest
class DecisionPdfTest {

    private static final Path PREVIEWS = Path.of("target", "documents");

    @Autowired Documents documents;
    @Autowired DecisionPdf decisionPdf;
    @Autowired JdbcTemplate jdbc;

    @Test
    void anIssuedDecisionReadsAsTheDecreeWantsIt() throws IOException {
        IssuedDocument issued = documents.issue(admission("tam-quang", "Tam Quang", newCaseKey(), ISSUED_ON));
        byte[] pdf = storedPdf(issued);

        String text = text(pdf);
        assertThat(text).contains("ỦY BAN NHÂN DÂN", "XÃ TAM QUANG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc", "Số: " + issued.number(), "Tam Quang, ngày 25 tháng 11 năm 2026",
                "QUYẾT ĐỊNH", "Về việc công nhận thành viên Tổ công nghệ số cộng đồng bản 01",
                "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TAM QUANG", "Căn cứ Luật Tổ chức chính quyền địa phương",
                "Xét đề nghị của Tổ trưởng", "QUYẾT ĐỊNH:", "Điều 1. Công nhận bà " + MEMBER, "Điều 2.", "Điều 3.",
                "Nơi nhận:", "- Như Điều 3;", "- Sở KH&CN (b/c);", "- Lưu: VT.", "Lương Văn Hùng");
        assertThat(issued.number()).matches("\\d{2,}/QĐ-UBND");
        assertThat(text).doesNotContain("DỰ THẢO", "KT. CHỦ TỊCH", "TM.");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            // The Chairman's own act (Decree 30/2020, Appendix I): no "TM.", which is for a collective body.
            assertSignatureBlock(document, "CHỦ TỊCH", "Lương Văn Hùng");
            PDRectangle size = document.getPage(0).getMediaBox();
            assertThat(size.getWidth()).isEqualTo(PDRectangle.A4.getWidth());
            assertThat(size.getHeight()).isEqualTo(PDRectangle.A4.getHeight());
            assertEveryFontIsEmbeddedLiberationSerif(document.getPage(0));
            preview(document, 0, "decision-issued.png");
        }
    }

    @Test
    void aViceChairmanSignsForTheChairmanWithoutTM() throws IOException {
        IssuedDocument issued = documents.issue(admission("tam-quang", "Tam Quang", newCaseKey(),
                LocalDate.of(2026, 2, 5), Signer.VICE_CHAIRMAN, "Võ Thị Tuyết Chinh", 3));
        byte[] pdf = storedPdf(issued);

        assertThat(text(pdf)).contains("Tam Quang, ngày 05 tháng 02 năm 2026").doesNotContain("TM.");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertSignatureBlock(document, "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Võ Thị Tuyết Chinh");
            preview(document, 0, "decision-vice-chairman.png");
        }
    }

    @Test
    void theNumberTakesALeadingZeroBelowTen() throws IOException {
        DecisionContent content = admission("tam-quang", "Tam Quang", newCaseKey(), ISSUED_ON);

        assertThat(text(decisionPdf.issued(content, new DocumentNumber(DocumentSeries.QD, 2026, 9))))
                .contains("Số: 09/QĐ-UBND").doesNotContain("Số: 9/");
        assertThat(text(decisionPdf.issued(content, new DocumentNumber(DocumentSeries.QD, 2026, 12))))
                .contains("Số: 12/QĐ-UBND");
    }

    @Test
    void eachLegalBasisEndsWithASemicolonAndTheLastLineOfTheBlockWithAFullStop() throws IOException {
        DecisionContent sample = admission("tam-quang", "Tam Quang", newCaseKey(), ISSUED_ON);
        String proposal = "Xét đề nghị của Tổ trưởng Tổ công nghệ số cộng đồng bản 01";

        // As the membership process writes it: the bases, then the proposal last.
        assertThat(preamble(documents.draft(sample))).containsExactly(
                "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
                "Căn cứ Quyết định số 1978/QĐ-BTTTT ngày 24 tháng 11 năm 2021 của Bộ trưởng Bộ Thông tin và Truyền "
                        + "thông ban hành Hướng dẫn thành lập, tổ chức và hoạt động của Tổ công nghệ số cộng đồng;",
                "Căn cứ Quyết định số 15/QĐ-UBND ngày 10 tháng 3 năm 2025 của Ủy ban nhân dân xã Tam Quang về việc "
                        + "thành lập Tổ công nghệ số cộng đồng các bản;",
                proposal + ".");
        // However many lines and however the caller ended them.
        assertThat(preamble(documents.draft(withPreamble(sample, List.of("Căn cứ A,", "Căn cứ B."), proposal + ","))))
                .containsExactly("Căn cứ A;", "Căn cứ B;", proposal + ".");
        assertThat(preamble(documents.draft(withPreamble(sample, List.of("Căn cứ A;", "Căn cứ B;"), null))))
                .containsExactly("Căn cứ A;", "Căn cứ B.");
        assertThat(preamble(documents.draft(withPreamble(sample, List.of("Căn cứ A;"), null))))
                .containsExactly("Căn cứ A.");
    }

    @Test
    void aDraftHasNoNumberIsMarkedOnEveryPageAndIsNotStored() throws IOException {
        String caseKey = newCaseKey();
        byte[] pdf = documents.draft(admission("tam-quang", "Tam Quang", caseKey, ISSUED_ON, Signer.CHAIRMAN,
                "Lương Văn Hùng", 9));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                assertThat(text(document, page)).contains("DỰ THẢO");
            }
            preview(document, 0, "decision-draft.png");
        }
        assertThat(text(pdf)).containsPattern("Số: [\\s\\u00A0]{4,}/QĐ-UBND").doesNotContainPattern("Số: *\\d");
        assertThat(documents.ofCase(caseKey)).isEmpty();
    }

    @Test
    void aLongDecisionFlowsOntoFurtherPagesNumberedFromPageTwo() throws IOException {
        IssuedDocument issued = documents.issue(admission("tam-quang", "Tam Quang", newCaseKey(), ISSUED_ON,
                Signer.CHAIRMAN, "Lương Văn Hùng", 12));

        try (PDDocument document = Loader.loadPDF(storedPdf(issued))) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            assertThat(firstLine(text(document, 1))).isEqualTo("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
            assertThat(firstLine(text(document, 2))).isEqualTo("2");
            String last = text(document, document.getNumberOfPages());
            assertThat(last).contains("Điều 12.", "Nơi nhận:", "Lương Văn Hùng");
            for (int page = 2; page <= document.getNumberOfPages(); page++) {
                assertEveryFontIsEmbeddedLiberationSerif(document.getPage(page - 1));
            }
            preview(document, 0, "decision-long-page-1.png");
            preview(document, 1, "decision-long-page-2.png");
        }
    }

    @Test
    void theStoredHashIsTheHashOfTheStoredBytes() {
        IssuedDocument issued = documents.issue(admission("tam-quang", "Tam Quang", newCaseKey(), ISSUED_ON));

        String sha256 = jdbc.queryForObject("select sha256 from document where id = ?", String.class, issued.id());
        assertThat(sha256).hasSize(64).isEqualTo(Documents.sha256(storedPdf(issued)));
    }

    /** The decision with other legal bases and proposal. */
    private static DecisionContent withPreamble(DecisionContent c, List<String> legalBases, String proposal) {
        return new DecisionContent(c.communeCode(), c.communeName(), c.caseKey(), c.teamCode(), c.type(), c.issuedOn(),
                c.subject(), legalBases, proposal, c.articles(), c.signer(), c.signerName(), c.recipients());
    }

    /** The lines between the authority and "QUYẾT ĐỊNH:", each from its "Căn cứ" or "Xét đề nghị". */
    private static List<String> preamble(byte[] pdf) throws IOException {
        String text = text(pdf);
        String authority = "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TAM QUANG ";
        int start = text.indexOf(authority) + authority.length();
        return List.of(text.substring(start, text.indexOf(" QUYẾT ĐỊNH:", start)).split(" (?=Căn cứ |Xét đề nghị )"));
    }

    /**
     * The signature block of the last page reads {@code lines} (the name last), every line centred on
     * the same axis as the name, as in the decree's sample.
     */
    static void assertSignatureBlock(PDDocument document, String... lines) throws IOException {
        List<PdfLines.Line> block = PdfLines.signatureBlock(document);
        assertThat(block).extracting(PdfLines.Line::text).containsExactly(lines);
        float axis = block.get(block.size() - 1).centre();
        assertThat(block).allSatisfy(line -> assertThat(line.centre()).as(line.text()).isCloseTo(axis, within(1f)));
    }

    private byte[] storedPdf(IssuedDocument issued) {
        return jdbc.queryForObject("select pdf from document where id = ?", byte[].class, issued.id());
    }

    /** Text as a reader copies it out, with line breaks as spaces (a name may wrap). */
    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    /** The text of one page (1-based) as the reader copies it, line breaks kept. */
    static String text(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }

    private static String firstLine(String text) {
        return text.strip().lines().findFirst().orElse("").strip();
    }

    private static void assertEveryFontIsEmbeddedLiberationSerif(PDPage page) throws IOException {
        int fonts = 0;
        for (COSName name : page.getResources().getFontNames()) {
            PDFont font = page.getResources().getFont(name);
            assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            assertThat(font.getName()).contains("LiberationSerif");
            fonts++;
        }
        assertThat(fonts).isPositive();
    }

    /** The page as an image, and the PDF beside it, for a person to look at. */
    static void preview(PDDocument document, int pageIndex, String file) throws IOException {
        Files.createDirectories(PREVIEWS);
        BufferedImage page = new PDFRenderer(document).renderImageWithDPI(pageIndex, 100);
        ImageIO.write(page, "png", PREVIEWS.resolve(file).toFile());
        document.save(PREVIEWS.resolve(file.replaceFirst("(-page-\\d+)?\\.png$", ".pdf")).toFile());
    }
}
