package vn.digitalteams.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.digitalteams.IntegrationTest;
import vn.digitalteams.shared.VietnameseDates;

/**
 * A reporting cycle through the REST APIs Tasklist uses: the Chairman opens it, each village leader
 * submits their form (prefilled from the activity log through {@code task/{id}/form-variables}), the
 * commune team leader consolidates with the draft, the Chairman approves; the issued BÁO CÁO and its
 * Excel export add up. What a form shows comes from the records, whatever a user writes into the
 * instance; Tam Thái's users see none of it.
 */
@IntegrationTest
class PeriodicReportRestJourneyTest {

    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {};
    private static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {};
    private static final String CASE = "BC-tam-quang-2025-10";
    private static final String DRAFT = "/api/documents/drafts/" + CASE;

    @Autowired TestRestTemplate rest;

    @Test
    void aCycleFromRequestToIssuedReport() throws IOException {
        String due = VietnameseDates.format(LocalDate.now(VietnameseDates.ZONE).plusDays(3));
        ResponseEntity<Map<String, Object>> started = exchange("chutich", HttpMethod.POST,
                "/engine-rest/process-definition/key/periodic-report/submit-form",
                Map.of("variables", variables(Map.of("period", "2025-10", "dueDate", due))), OBJECT);
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(started.getBody()).containsEntry("businessKey", CASE);

        List<Map<String, Object>> leaderTasks = exchange("totruong-ban-01", HttpMethod.GET,
                "/engine-rest/task?processInstanceBusinessKey=" + CASE, null, LIST).getBody();
        assertThat(leaderTasks).singleElement().satisfies(task -> assertThat(task.get("name")).isEqualTo("Báo cáo tháng 10 năm 2025: Bản 01"));
        String ban01Task = (String) leaderTasks.get(0).get("id");
        Map<String, Object> form = formVariables("totruong-ban-01", ban01Task);
        assertThat(form).containsKeys("householdVisit", "vulnerableHelped", "villageName", "dueText");
        assertThat(value(form, "periodLabel")).isEqualTo("tháng 10 năm 2025");
        assertThat(exchange("chutich-tamthai", HttpMethod.GET, "/engine-rest/task?processInstanceBusinessKey=" + CASE, null, LIST)
                .getBody()).isEmpty();
        assertThat(exchange("totruong-xa", HttpMethod.GET, DRAFT, null, String.class).getStatusCode())
                .as("no draft while the villages report").isEqualTo(HttpStatus.NOT_FOUND);

        // Whatever a village leader writes into the instance (refused or not), his form shows the cycle's record.
        exchange("totruong-ban-01", HttpMethod.PUT, "/engine-rest/task/" + ban01Task + "/variables/periodLabel",
                Map.of("value", "tháng 13 năm 2025", "type", "String"), String.class);
        assertThat(value(formVariables("totruong-ban-01", ban01Task), "periodLabel")).isEqualTo("tháng 10 năm 2025");

        for (int village = 1; village <= PeriodicReportProcessTest.TAM_QUANG_VILLAGES; village++) {
            String leader = String.format("totruong-ban-%02d", village);
            List<Map<String, Object>> own = exchange(leader, HttpMethod.GET, "/engine-rest/task?processInstanceBusinessKey=" + CASE
                    + "&assignee=" + leader, null, LIST).getBody();
            String villageName = String.format("Bản %02d", village);
            assertThat(own).as(leader).singleElement()
                    .satisfies(task -> assertThat(task.get("name")).isEqualTo("Báo cáo tháng 10 năm 2025: " + villageName));
            String taskId = (String) own.get(0).get("id");
            assertThat(formVariables(leader, taskId).toString()).as("another village's texts").doesNotContain("Khó khăn của bản");
            Map<String, Object> report = new HashMap<>(Map.of("householdVisit", village, "vneidLevel2", 2,
                    "vulnerableHelped", 1, "difficulties", "Khó khăn của bản " + village));
            assertThat(exchange(leader, HttpMethod.POST, "/engine-rest/task/" + taskId + "/submit-form",
                    Map.of("variables", variables(report)), String.class).getStatusCode()).as(leader).isEqualTo(HttpStatus.NO_CONTENT);
        }

        String consolidation = onlyTask("totruong-xa");
        Map<String, Object> consolidationForm = formVariables("totruong-xa", consolidation);
        assertThat(consolidationForm).as("the consolidation's inputs are the commune's, empty before it writes")
                .doesNotContainKeys("assessment", "difficulties", "proposals", "nextTasks");
        assertThat(value(consolidationForm, "villageTable")).contains("| Bản 18 | Đúng hạn | 18 |");
        assertThat(value(consolidationForm, "villageNotes")).contains("Khó khăn của bản 7");
        assertThat(value(consolidationForm, "draftUrl")).isEqualTo(DRAFT);

        ResponseEntity<byte[]> draft = exchange("totruong-xa", HttpMethod.GET, DRAFT, null, byte[].class);
        assertThat(draft.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(draft.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(text(draft.getBody())).contains("DỰ THẢO").contains("Bản 18").contains("Lương Văn Hùng");
        assertThat(exchange("chutich-tamthai", HttpMethod.GET, DRAFT, null, String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(exchange("totruong-ban-05", HttpMethod.GET, DRAFT, null, String.class).getStatusCode())
                .as("village leaders do not read the commune's report before it is issued").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.getForEntity(DRAFT, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

        completeOnlyTask("totruong-xa", Map.of("assessment", "Các bản hoàn thành tốt kế hoạch tháng.",
                "proposals", "Đề nghị hỗ trợ điện thoại thông minh cho hộ nghèo."));
        completeOnlyTask("chutich", Map.of("approved", "true"));

        List<Map<String, Object>> documents = exchange("chutich", HttpMethod.GET, "/api/documents?caseKey=" + CASE, null, LIST)
                .getBody();
        assertThat(documents).singleElement().satisfies(document -> {
            assertThat(document).containsEntry("type", "periodic-report");
            assertThat((String) document.get("number")).matches("\\d{2,}/BC-UBND");
        });
        Object id = documents.get(0).get("id");
        String pdf = text(exchange("totruong-xa", HttpMethod.GET, "/api/documents/" + id + "/pdf", null, byte[].class).getBody());
        int householdVisits = 18 * 19 / 2; // 1 + 2 + ... + 18
        assertThat(pdf).contains("BÁO CÁO").contains("Bản 01").contains("Bản 18").contains("Sở Khoa học và Công nghệ tỉnh Nghệ")
                .contains("Các bản hoàn thành tốt kế hoạch tháng.").contains("Bản 07: Khó khăn của bản 7")
                .doesNotContain("III. KHÓ KHĂN, VƯỚNG MẮC\nKhó khăn của bản")
                .contains(String.valueOf(householdVisits))
                .contains("Số: " + documents.get(0).get("number"))
                // An act of the committee as a body: "TM. ỦY BAN NHÂN DÂN" above the Chairman (Decree 30/2020).
                .containsPattern("- Lưu: VT\\.\\s+TM\\. ỦY BAN NHÂN DÂN\\s+CHỦ TỊCH\\s+Lương Văn Hùng");

        ResponseEntity<byte[]> xlsx = exchange("chutich", HttpMethod.GET, "/api/documents/" + id + "/xlsx", null, byte[].class);
        assertThat(xlsx.getStatusCode()).isEqualTo(HttpStatus.OK);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
            Sheet sheet = workbook.getSheetAt(0);
            int visitsColumn = columnOf(sheet, "Đến từng hộ gia đình hướng dẫn");
            double sumOfVillages = 0;
            Double total = null;
            for (Row row : sheet) {
                Cell name = row.getCell(1);
                Cell visits = row.getCell(visitsColumn);
                if (name == null || visits == null || name.getCellType() != CellType.STRING
                        || (visits.getCellType() != CellType.NUMERIC && visits.getCellType() != CellType.FORMULA)) {
                    continue;
                }
                if ("Tổng cộng".equals(name.getStringCellValue())) {
                    total = visits.getNumericCellValue(); // a SUM formula's value as stored, for readers that do not recalculate
                } else {
                    sumOfVillages += visits.getNumericCellValue();
                }
            }
            assertThat(sumOfVillages).isEqualTo(householdVisits);
            assertThat(total).isEqualTo(householdVisits);
        }
        assertThat(exchange("chutich-tamthai", HttpMethod.GET, "/api/documents/" + id + "/xlsx", null, String.class)
                .getStatusCode()).as("another commune's document does not exist for them").isEqualTo(HttpStatus.NOT_FOUND);
    }

    private String onlyTask(String user) {
        List<Map<String, Object>> tasks = exchange(user, HttpMethod.GET, "/engine-rest/task?processInstanceBusinessKey=" + CASE,
                null, LIST).getBody();
        assertThat(tasks).as(user).hasSize(1);
        return (String) tasks.get(0).get("id");
    }

    private void completeOnlyTask(String user, Map<String, Object> values) {
        String taskId = onlyTask(user);
        exchange(user, HttpMethod.POST, "/engine-rest/task/" + taskId + "/claim", Map.of("userId", user), String.class);
        assertThat(exchange(user, HttpMethod.POST, "/engine-rest/task/" + taskId + "/submit-form",
                Map.of("variables", variables(values)), String.class).getStatusCode()).as(user).isEqualTo(HttpStatus.NO_CONTENT);
    }

    /** What Tasklist fills the task's form with. */
    private Map<String, Object> formVariables(String user, String taskId) {
        ResponseEntity<Map<String, Object>> form = exchange(user, HttpMethod.GET, "/engine-rest/task/" + taskId + "/form-variables",
                null, OBJECT);
        assertThat(form.getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
        return form.getBody();
    }

    @SuppressWarnings("unchecked")
    private static String value(Map<String, Object> formVariables, String name) {
        return (String) ((Map<String, Object>) formVariables.get(name)).get("value");
    }

    private static int columnOf(Sheet sheet, String headerStart) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().startsWith(headerStart)) {
                    return cell.getColumnIndex();
                }
            }
        }
        throw new AssertionError("No column " + headerStart);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static Map<String, Object> variables(Map<String, Object> values) {
        Map<String, Object> variables = new HashMap<>();
        values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        return variables;
    }

    private <T> ResponseEntity<T> exchange(String user, HttpMethod method, String url, Object body, Class<T> type) {
        return rest.withBasicAuth(user, "demo").exchange(url, method, new HttpEntity<>(body), type);
    }

    private <T> ResponseEntity<T> exchange(String user, HttpMethod method, String url, Object body,
                                           ParameterizedTypeReference<T> type) {
        return rest.withBasicAuth(user, "demo").exchange(url, method, new HttpEntity<>(body), type);
    }
}
