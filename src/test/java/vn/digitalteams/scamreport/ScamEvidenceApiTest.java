package vn.digitalteams.scamreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.digitalteams.CaseActions;
import vn.digitalteams.IntegrationTest;
import vn.digitalteams.engineapi.TaskContext;

/**
 * A report's evidence through {@code /api/scam-reports/{caseKey}/evidence}: the filer or the commune
 * police upload a photo or a PDF (its kind read from its bytes) while the report is open; only the
 * commune police download it, and the police form links it.
 */
@IntegrationTest
class ScamEvidenceApiTest {

    private static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {};
    private static final MediaType PDF = MediaType.APPLICATION_PDF;

    @Autowired TestRestTemplate rest;
    @Autowired CaseActions cases;
    @Autowired ScamReportForms forms;

    @BeforeEach
    void useTheApplicationsEngine() {
        cases.assertOnTheApplicationsEngine();
    }

    @Test
    void theFilerUploadsAPhotoThePoliceSeeItLinkedAndDownloadIt() {
        ProcessInstance instance = cases.startAs("totruong-ban-14", "scam-report", ScamReportProcessTest.report("fake-app", 0L));
        String url = url(instance);
        assertThat(policeForm(instance)).containsEntry("hasEvidence", false).doesNotContainKey("evidenceUrl");
        byte[] photo = png(1000);

        ResponseEntity<Map<String, Object>> uploaded = upload("totruong-ban-14", url, MediaType.IMAGE_PNG, photo);

        assertThat(uploaded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(uploaded.getBody()).containsEntry("kind", "png").containsEntry("bytes", 1000)
                .containsEntry("caseKey", instance.getBusinessKey());
        assertThat(policeForm(instance)).containsEntry("hasEvidence", true).containsEntry("evidenceUrl", url);
        for (String police : List.of("congan", "truongcongan")) {
            ResponseEntity<byte[]> served = download(police, url);
            assertThat(served.getStatusCode()).as(police).isEqualTo(HttpStatus.OK);
            assertThat(served.getHeaders().getContentType()).isEqualTo(MediaType.IMAGE_PNG);
            assertThat(served.getBody()).isEqualTo(photo);
        }
    }

    @Test
    void theCommunePoliceMayReplaceItAndTheKindComesFromTheBytesNotTheDeclaredType() {
        ProcessInstance instance = cases.startAs("totruong-ban-15", "scam-report", ScamReportProcessTest.report("fake-app", 0L));
        String url = url(instance);
        upload("totruong-ban-15", url, MediaType.IMAGE_PNG, png(100));

        byte[] pdf = "%PDF-1.4 biên bản làm việc".getBytes();
        ResponseEntity<Map<String, Object>> replaced = upload("congan", url, MediaType.IMAGE_JPEG, pdf);

        assertThat(replaced.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(replaced.getBody()).containsEntry("kind", "pdf");
        ResponseEntity<byte[]> served = download("congan", url);
        assertThat(served.getHeaders().getContentType()).isEqualTo(PDF);
        assertThat(served.getBody()).isEqualTo(pdf);
    }

    @Test
    void aWrongTypeAnEmptyOrTooLargeFileIsRefusedInVietnamese() {
        ProcessInstance instance = cases.startAs("totruong-ban-16", "scam-report", ScamReportProcessTest.report("other", 0L));
        String url = url(instance);

        assertRefused(upload("totruong-ban-16", url, MediaType.IMAGE_PNG, "<html>not a photo</html>".getBytes()),
                HttpStatus.BAD_REQUEST, "Tệp bằng chứng phải là ảnh (JPEG, PNG) hoặc tệp PDF.");
        assertRefused(upload("totruong-ban-16", url, MediaType.TEXT_HTML, png(100)),
                HttpStatus.BAD_REQUEST, "Tệp bằng chứng phải là ảnh (JPEG, PNG) hoặc tệp PDF.");
        assertRefused(upload("totruong-ban-16", url, MediaType.IMAGE_JPEG, jpeg(5 * 1024 * 1024 + 1)),
                HttpStatus.BAD_REQUEST, "Tệp bằng chứng không được lớn hơn 5 MB.");
        assertRefused(upload("totruong-ban-16", url, MediaType.IMAGE_JPEG, new byte[0]),
                HttpStatus.BAD_REQUEST, "Tệp bằng chứng trống.");
        assertThat(upload("totruong-ban-16", url, MediaType.IMAGE_JPEG, jpeg(5 * 1024 * 1024)).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void onlyTheFilerAndTheCommunePoliceMayUploadAndOnlyWhileTheReportIsOpen() {
        ProcessInstance instance = cases.startAs("totruong-ban-17", "scam-report", ScamReportProcessTest.report("other", 0L));
        String url = url(instance);

        assertRefused(upload("totruong-ban-02", url, MediaType.IMAGE_PNG, png(100)), HttpStatus.FORBIDDEN,
                "Chỉ thành viên Tổ đã lập phản ánh " + instance.getBusinessKey() + " hoặc Công an xã được gửi bằng chứng.");
        assertRefused(upload("chutich", url, MediaType.IMAGE_PNG, png(100)), HttpStatus.FORBIDDEN, null);
        // Case keys are per commune: Tam Thái's people find no such report of theirs.
        assertRefused(upload("totruong-tamthai-ban-01", url, MediaType.IMAGE_PNG, png(100)), HttpStatus.NOT_FOUND,
                "Không tìm thấy phản ánh " + instance.getBusinessKey() + " của xã.");
        assertRefused(upload("congan-tamthai", url, MediaType.IMAGE_PNG, png(100)), HttpStatus.NOT_FOUND, null);
        assertThat(download("congan", url).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        cases.completeAs("congan", "reviewReport", instance, ScamReportProcessTest.handled(false));
        cases.completeAs("totruong-ban-17", "informResident", instance, Map.of());

        assertRefused(upload("totruong-ban-17", url, MediaType.IMAGE_PNG, png(100)), HttpStatus.BAD_REQUEST,
                "Phản ánh " + instance.getBusinessKey() + " đã xử lý xong, không nhận thêm bằng chứng.");
    }

    @Test
    void onlyTheCommunePoliceDownloadIt() {
        ProcessInstance instance = cases.startAs("totruong-ban-18", "scam-report", ScamReportProcessTest.report("other", 0L));
        String url = url(instance);
        upload("totruong-ban-18", url, MediaType.IMAGE_PNG, png(100));

        for (String outsider : List.of("totruong-ban-18", "chutich", "vanhoa", "totruong-xa")) {
            assertThat(download(outsider, url).getStatusCode()).as(outsider).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(download("congan-tamthai", url).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(rest.getForEntity(url, byte[].class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(download("congan", "/api/scam-reports/LD-1999-9999/evidence").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    private static String url(ProcessInstance instance) {
        return "/api/scam-reports/" + instance.getBusinessKey() + "/evidence";
    }

    private Map<String, Object> policeForm(ProcessInstance instance) {
        Task task = task("reviewReport", instance);
        return forms.view(new TaskContext(task.getId(), task.getTaskDefinitionKey(), "scam-report", instance.getId(),
                task.getExecutionId(), instance.getTenantId(), instance.getBusinessKey(), task.getAssignee())).values();
    }

    private ResponseEntity<Map<String, Object>> upload(String user, String url, MediaType type, byte[] content) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(type);
        headers.set("X-Requested-With", "XMLHttpRequest");
        return rest.withBasicAuth(user, "demo").exchange(url, HttpMethod.POST, new HttpEntity<>(content, headers), OBJECT);
    }

    private ResponseEntity<byte[]> download(String user, String url) {
        return rest.withBasicAuth(user, "demo").exchange(url, HttpMethod.GET, null, byte[].class);
    }

    /** The status, and the Vietnamese message when one is given. */
    private static void assertRefused(ResponseEntity<Map<String, Object>> response, HttpStatus status, String message) {
        assertThat(response.getStatusCode()).isEqualTo(status);
        if (message != null) {
            assertThat(response.getBody()).containsEntry("message", message);
        }
    }

    private static byte[] png(int size) {
        byte[] bytes = new byte[size];
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, 0, bytes, 0, 8);
        return bytes;
    }

    private static byte[] jpeg(int size) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, 0, 3, (byte) 0xFF);
        bytes[1] = (byte) 0xD8;
        return bytes;
    }
}
