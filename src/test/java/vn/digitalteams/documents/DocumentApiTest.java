package vn.digitalteams.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.digitalteams.documents.SampleDecisions.ISSUED_ON;
import static vn.digitalteams.documents.SampleDecisions.admission;
import static vn.digitalteams.documents.SampleDecisions.newCaseKey;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

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

/** The documents API as the demo users call it, through HTTP with Basic authentication. */
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
        int sequence = Integer.parseInt(issued.number().substring(0, issued.number().indexOf('/')));
        assertThat(pdf.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("inline; filename=\"QD-" + sequence + "-2026.pdf\"");
        assertThat(new String(pdf.getBody(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(Documents.sha256(pdf.getBody())).isEqualTo(
                jdbc.queryForObject("select sha256 from document where id = ?", String.class, issued.id()));
    }

    @Test
    void anotherCommunesChairmanSeesNothingOfTheCaseAndIsRefusedThePdf() {
        ResponseEntity<List<Map<String, Object>>> list = as("chutich-tamthai")
                .exchange("/api/documents?caseKey=" + caseKey, HttpMethod.GET, null, LIST);
        ResponseEntity<Map<String, Object>> pdf = as("chutich-tamthai")
                .exchange(pdfUrl(issued.id()), HttpMethod.GET, null, OBJECT);

        assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(list.getBody()).isEmpty();
        assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(pdf.getBody()).containsEntry("message", "Bạn không có quyền xem dữ liệu của xã tam-quang.");
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

    private TestRestTemplate as(String user) {
        return rest.withBasicAuth(user, "demo");
    }

    private static String pdfUrl(long id) {
        return "/api/documents/" + id + "/pdf";
    }
}
