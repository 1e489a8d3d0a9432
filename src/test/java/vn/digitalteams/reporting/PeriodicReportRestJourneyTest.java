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
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.digitalteams.IntegrationTest;
import vn.digitalteams.engineapi.FormView;
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

    /**
     * The commune team leader's review through the same APIs: Bản 01's implausible figure is refused until
     * explained, shows flagged at consolidation, the report goes back to Bản 01 with a comment (the villages
     * to return sent as Tasklist sends a checklist: the JSON text of the list, typed "Json"), its leader
     * revises it, the commune team leader corrects its text, and the issued report has both.
     */
    @Test
    void aFlaggedVillageIsReturnedRevisesAndItsCorrectedTextIsIssued() throws IOException {
        String period = "2024-10";
        String caseKey = "BC-tam-quang-" + period;
        String due = VietnameseDates.format(LocalDate.now(VietnameseDates.ZONE).plusDays(3));
        assertThat(exchange("chutich", HttpMethod.POST, "/engine-rest/process-definition/key/periodic-report/submit-form",
                Map.of("variables", variables(Map.of("period", period, "dueDate", due))), OBJECT).getBody())
                .containsEntry("businessKey", caseKey);

        String ban01Task = onlyTask("totruong-ban-01", caseKey);
        assertThat(value(formVariables("totruong-ban-01", ban01Task), "plausibleMaxima"))
                .startsWith("Mức thường gặp của một Tổ trong tháng").contains("Đến từng hộ gia đình hướng dẫn 600");
        Map<String, Object> implausible = new HashMap<>(Map.of("householdVisit", 9_999, "difficulties",
                "Nhiều hộ ở xa, đường đi lại khó khăn."));
        ResponseEntity<Map<String, Object>> refused = exchange("totruong-ban-01", HttpMethod.POST,
                "/engine-rest/task/" + ban01Task + "/submit-form", Map.of("variables", variables(implausible)), OBJECT);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).containsEntry("message", "Đến từng hộ gia đình hướng dẫn: 9.999 vượt mức thường gặp "
                + "của một Tổ trong tháng (tối đa 600); vui lòng giải thích ở mục \"Giải trình số liệu vượt mức thường gặp\".");
        implausible.put("figuresExplanation", "Cả Tổ và Đoàn thanh niên ra quân suốt tháng.");
        assertThat(submitForm("totruong-ban-01", ban01Task, implausible)).isEqualTo(HttpStatus.NO_CONTENT);
        for (int village = 2; village <= PeriodicReportProcessTest.TAM_QUANG_VILLAGES; village++) {
            String leader = String.format("totruong-ban-%02d", village);
            assertThat(submitForm(leader, onlyTask(leader, caseKey), Map.of("householdVisit", 10))).as(leader)
                    .isEqualTo(HttpStatus.NO_CONTENT);
        }

        String consolidation = onlyTask("totruong-xa", caseKey);
        Map<String, Object> form = formVariables("totruong-xa", consolidation);
        assertThat(value(form, "flaggedFigures")).startsWith("**Bản 01**: Đến từng hộ gia đình hướng dẫn 9\\.999");
        assertThat(value(form, "returnableVillages")).startsWith("tam-quang-ban-01:Bản 01;");
        assertThat(value(form, "villageDifficulties")).isEqualTo("Bản 01: Nhiều hộ ở xa, đường đi lại khó khăn.");
        exchange("totruong-xa", HttpMethod.POST, "/engine-rest/task/" + consolidation + "/claim", Map.of("userId", "totruong-xa"),
                String.class);
        String comment = "Số lượt đến hộ gia đình quá cao so với sổ ghi nhận, đề nghị kiểm tra lại.";
        Map<String, Object> notAList = Map.of("consolidationDecision", Map.of("value", "return"),
                "returnedVillages", Map.of("value", "tam-quang-ban-01"), "returnComment", Map.of("value", comment));
        ResponseEntity<Map<String, Object>> notChecked = exchange("totruong-xa", HttpMethod.POST,
                "/engine-rest/task/" + consolidation + "/submit-form", Map.of("variables", notAList), OBJECT);
        assertThat(notChecked.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(notChecked.getBody()).containsEntry("message", "Các bản trả lại để sửa phải là danh sách các lựa chọn đã đánh dấu.");
        Map<String, Object> asTasklist = new HashMap<>(Map.of("consolidationDecision", Map.of("value", "return"),
                "returnComment", Map.of("value", comment)));
        Map<String, Object> checklist = new HashMap<>(Map.of("type", "Json", "value", "[\"tam-quang-ban-01\"]"));
        checklist.put("valueInfo", null);
        asTasklist.put("returnedVillages", checklist);
        assertThat(exchange("totruong-xa", HttpMethod.POST, "/engine-rest/task/" + consolidation + "/submit-form",
                Map.of("variables", asTasklist), String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(exchange("chutich-tamthai", HttpMethod.GET, "/engine-rest/task?processInstanceBusinessKey=" + caseKey, null,
                LIST).getBody()).isEmpty();
        List<Map<String, Object>> revisions = exchange("totruong-ban-01", HttpMethod.GET,
                "/engine-rest/task?processInstanceBusinessKey=" + caseKey, null, LIST).getBody();
        assertThat(revisions).singleElement().satisfies(task -> assertThat(task.get("name"))
                .isEqualTo("Sửa báo cáo tháng 10 năm 2024: Bản 01"));
        String revision = (String) revisions.get(0).get("id");
        Map<String, Object> revisionForm = formVariables("totruong-ban-01", revision);
        assertThat(value(revisionForm, "returnComment")).isEqualTo(FormView.escape(comment));
        assertThat(revisionForm.get("householdVisit")).isEqualTo(Map.of("type", "Long", "value", 9_999, "valueInfo", Map.of()));
        assertThat(submitForm("totruong-ban-01", revision, Map.of("householdVisit", 40, "difficulties",
                "Nhiều hộ ở xa, đường đi lại khó khăn."))).isEqualTo(HttpStatus.NO_CONTENT);

        consolidation = onlyTask("totruong-xa", caseKey);
        form = formVariables("totruong-xa", consolidation);
        assertThat(value(form, "revisedVillages")).isEqualTo("Bản 01");
        assertThat(value(form, "flaggedFigures")).isEqualTo("Không bản nào có số liệu vượt mức thường gặp\\.");
        exchange("totruong-xa", HttpMethod.POST, "/engine-rest/task/" + consolidation + "/claim", Map.of("userId", "totruong-xa"),
                String.class);
        assertThat(submitForm("totruong-xa", consolidation, Map.of("assessment", "Các bản hoàn thành kế hoạch tháng 10.",
                "villageDifficulties", "Bản 01: Nhiều hộ ở xa, đường đi lại khó khăn vào mùa mưa.",
                "consolidationDecision", "submit"))).isEqualTo(HttpStatus.NO_CONTENT);
        String review = onlyTask("chutich", caseKey);
        exchange("chutich", HttpMethod.POST, "/engine-rest/task/" + review + "/claim", Map.of("userId", "chutich"), String.class);
        assertThat(submitForm("chutich", review, Map.of("approved", "true"))).isEqualTo(HttpStatus.NO_CONTENT);

        Object id = exchange("chutich", HttpMethod.GET, "/api/documents?caseKey=" + caseKey, null, LIST).getBody().get(0).get("id");
        String pdf = text(exchange("chutich", HttpMethod.GET, "/api/documents/" + id + "/pdf", null, byte[].class).getBody());
        assertThat(pdf).contains("Bản 01: Nhiều hộ ở xa, đường đi lại khó khăn vào mùa mưa.").doesNotContain("9.999");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(exchange("chutich", HttpMethod.GET,
                "/api/documents/" + id + "/xlsx", null, byte[].class).getBody()))) {
            Sheet sheet = workbook.getSheetAt(0);
            int visitsColumn = columnOf(sheet, "Đến từng hộ gia đình hướng dẫn");
            Row ban01 = rowOf(sheet, "Bản 01");
            assertThat(ban01.getCell(visitsColumn).getNumericCellValue()).as("the revised figure").isEqualTo(40);
        }
    }

    private String onlyTask(String user) {
        return onlyTask(user, CASE);
    }

    private String onlyTask(String user, String caseKey) {
        List<Map<String, Object>> tasks = exchange(user, HttpMethod.GET, "/engine-rest/task?processInstanceBusinessKey=" + caseKey,
                null, LIST).getBody();
        assertThat(tasks).as(user).hasSize(1);
        return (String) tasks.get(0).get("id");
    }

    private void completeOnlyTask(String user, Map<String, Object> values) {
        String taskId = onlyTask(user);
        exchange(user, HttpMethod.POST, "/engine-rest/task/" + taskId + "/claim", Map.of("userId", user), String.class);
        assertThat(submitForm(user, taskId, values)).as(user).isEqualTo(HttpStatus.NO_CONTENT);
    }

    private HttpStatusCode submitForm(String user, String taskId, Map<String, Object> values) {
        return exchange(user, HttpMethod.POST, "/engine-rest/task/" + taskId + "/submit-form",
                Map.of("variables", variables(values)), String.class).getStatusCode();
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

    /** The sheet's row whose third column (the village) reads {@code village}. */
    private static Row rowOf(Sheet sheet, String village) {
        for (Row row : sheet) {
            Cell cell = row.getCell(2);
            if (cell != null && cell.getCellType() == CellType.STRING && village.equals(cell.getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("No row " + village);
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
