package vn.digitalteams.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.digitalteams.documents.SampleDecisions.ISSUED_ON;
import static vn.digitalteams.documents.SampleDecisions.admission;
import static vn.digitalteams.documents.SampleDecisions.newCaseKey;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.digitalteams.IntegrationTest;

/** The documents API as the demo users call it, through HTTP with Basic authentication: decisions and reports. */
@IntegrationTest
class DocumentApiTest {

    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {};
    private static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {};

    @Autowired TestRestTemplate rest;
    @Autowired Documents documents;
    @Autowired JdbcTemplate jdbc;

    private String caseKey;
    private IssuedDocument issued;

    @BeforeEach
    void issueADecisionOfTamQuang() {
        caseKey = newCaseKey();
        issued = documents.issue(admission("tam-quang", "Tam Quang", caseKey, ISSUED_ON));
    }

    @Test
    void aTeamLeaderListsTheCasesDocumentsAndDownloadsThePdf() {
        ResponseEntity<List<Map<String, Object>>> list = as("totruong-ban-01")
                .exchange("/api/documents?caseKey=" + caseKey, HttpMethod.GET, null, LIST);
        ResponseEntity<byte[]> pdf = as("totruong-ban-01").getForEntity(pdfUrl(issued.id()), byte[].class);

        assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(list.getBody()).containsExactly(Map.of("id", issued.id().intValue(), "type", "admission-decision",
                "number", issued.number(), "issuedOn", "2026-11-25"));
        assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(issued.number()).matches("\\d{2,}/QĐ-UBND");
        String sequence = issued.number().substring(0, issued.number().indexOf('/'));
        assertThat(pdf.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("inline; filename=\"QD-" + sequence + "-2026.pdf\"");
        assertThat(new String(pdf.getBody(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(Documents.sha256(pdf.getBody())).isEqualTo(
                jdbc.queryForObject("select sha256 from document where id = ?", String.class, issued.id()));
    }

    @Test
    void anotherCommunesChairmanSeesNothingOfTheCaseAndItsPdfDoesNotExistForThem() {
        ResponseEntity<List<Map<String, Object>>> list = as("chutich-tamthai")
                .exchange("/api/documents?caseKey=" + caseKey, HttpMethod.GET, null, LIST);
        ResponseEntity<Map<String, Object>> pdf = as("chutich-tamthai")
                .exchange(pdfUrl(issued.id()), HttpMethod.GET, null, OBJECT);

        assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(list.getBody()).isEmpty();
        assertThat(pdf.getStatusCode()).as("ids are counted: no answer may say which exist").isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(pdf.getBody()).containsEntry("message", "Không tìm thấy văn bản có mã " + issued.id() + ".");
    }

    @Test
    void theAdminSeesEveryCommunesDocuments() {
        assertThat(as("admin").exchange("/api/documents?caseKey=" + caseKey, HttpMethod.GET, null, LIST).getBody())
                .hasSize(1);
        assertThat(as("admin").getForEntity(pdfUrl(issued.id()), byte[].class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void anonymousCallersGet401() {
        assertThat(rest.exchange("/api/documents?caseKey=" + caseKey, HttpMethod.GET, null, OBJECT).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.exchange(pdfUrl(issued.id()), HttpMethod.GET, null, OBJECT).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void anUnknownDocumentIs404InVietnamese() {
        ResponseEntity<Map<String, Object>> response = as("chutich")
                .exchange(pdfUrl(987_654_321L), HttpMethod.GET, null, OBJECT);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getBody()).containsEntry("message", "Không tìm thấy văn bản có mã 987654321.");
    }

    @Test
    void aListWithoutACaseKeyIs400InVietnamese() {
        ResponseEntity<Map<String, Object>> missing = as("chutich")
                .exchange("/api/documents", HttpMethod.GET, null, OBJECT);
        ResponseEntity<Map<String, Object>> blank = as("chutich")
                .exchange("/api/documents?caseKey={caseKey}", HttpMethod.GET, null, OBJECT, " ");

        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(missing.getBody()).containsEntry("message", "Thiếu tham số bắt buộc \"caseKey\".");
        assertThat(blank.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void theCommuneLeaderListsTheCyclesReportAndDownloadsItsPdfAndExcelExportAVillageLeaderNot() throws IOException {
        String cycle = SampleReports.newCaseKey();
        IssuedDocument report = documents.issueReport(SampleReports.report("tam-quang", cycle, SampleReports.ISSUED_ON));
        String sequence = report.number().substring(0, report.number().indexOf('/'));

        ResponseEntity<List<Map<String, Object>>> list = as("totruong-xa")
                .exchange("/api/documents?caseKey=" + cycle, HttpMethod.GET, null, LIST);
        ResponseEntity<byte[]> pdf = as("totruong-xa").getForEntity(pdfUrl(report.id()), byte[].class);
        ResponseEntity<byte[]> xlsx = as("totruong-xa").getForEntity(xlsxUrl(report.id()), byte[].class);
        assertThat(as("totruong-ban-01").exchange("/api/documents?caseKey=" + cycle, HttpMethod.GET, null, LIST).getBody())
                .as("a village leader reads their own team's decisions, not the commune's reports").isEmpty();
        assertThat(as("totruong-ban-01").getForEntity(pdfUrl(report.id()), byte[].class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);

        assertThat(report.number()).matches("\\d{2,}/BC-UBND");
        assertThat(list.getBody()).containsExactly(Map.of("id", report.id().intValue(), "type", "periodic-report",
                "number", report.number(), "issuedOn", "2026-12-05", "xlsx", xlsxUrl(report.id())));
        assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(pdf.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("inline; filename=\"BC-" + sequence + "-2026.pdf\"");
        assertThat(DecisionPdfTest.text(pdf.getBody())).contains("BÁO CÁO", "Số: " + report.number());

        assertThat(xlsx.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(xlsx.getHeaders().getContentType()).isEqualTo(
                MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        assertThat(xlsx.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"BC-" + sequence + "-2026.xlsx\"");
        assertThat(Documents.sha256(xlsx.getBody())).isEqualTo(
                jdbc.queryForObject("select xlsx_sha256 from document where id = ?", String.class, report.id()));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
            Sheet sheet = workbook.getSheet("Bao cao");
            int first = ReportWorkbook.HEADER_ROW + 1;
            double households = 0;
            for (int row = first; row < first + 19; row++) {
                households += sheet.getRow(row).getCell(3).getNumericCellValue();
            }
            assertThat(sheet.getRow(first + 19).getCell(3).getNumericCellValue()).isEqualTo(households);
        }
    }

    @Test
    void anotherCommuneDoesNotFindTheExportAndAnonymousCallersGet401() {
        IssuedDocument report = documents.issueReport(
                SampleReports.report("tam-quang", SampleReports.newCaseKey(), SampleReports.ISSUED_ON));

        ResponseEntity<Map<String, Object>> other = as("chutich-tamthai")
                .exchange(xlsxUrl(report.id()), HttpMethod.GET, null, OBJECT);
        ResponseEntity<Map<String, Object>> anonymous = rest.exchange(xlsxUrl(report.id()), HttpMethod.GET, null, OBJECT);

        assertThat(other.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(as("admin").getForEntity(xlsxUrl(report.id()), byte[].class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void aDecisionHasNoExcelExport() {
        ResponseEntity<Map<String, Object>> response = as("chutich")
                .exchange(xlsxUrl(issued.id()), HttpMethod.GET, null, OBJECT);
        ResponseEntity<Map<String, Object>> unknown = as("chutich")
                .exchange(xlsxUrl(987_654_321L), HttpMethod.GET, null, OBJECT);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getBody()).containsEntry("message",
                "Văn bản số " + issued.number() + " không có bảng số liệu Excel.");
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getBody()).containsEntry("message", "Không tìm thấy văn bản có mã 987654321.");
    }

    private TestRestTemplate as(String user) {
        return rest.withBasicAuth(user, "demo");
    }

    private static String pdfUrl(long id) {
        return "/api/documents/" + id + "/pdf";
    }

    private static String xlsxUrl(long id) {
        return "/api/documents/" + id + "/xlsx";
    }
}
