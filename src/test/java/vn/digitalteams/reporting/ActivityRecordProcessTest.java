package vn.digitalteams.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.digitalteams.CaseActions;
import vn.digitalteams.IntegrationTest;
import vn.digitalteams.shared.VietnameseDates;

/** Every path of processes/activity-record.bpmn (recorded, refused), as Tasklist's start form submits it. */
@IntegrationTest
class ActivityRecordProcessTest {

    private static final String PROCESS = "activity-record";
    private static final LocalDate TODAY = LocalDate.now(VietnameseDates.ZONE);

    @Autowired CaseActions cases;
    @Autowired HistoryService historyService;
    @Autowired RepositoryService repositoryService;
    @Autowired FormService formService;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void useTheApplicationsEngine() {
        cases.assertOnTheApplicationsEngine();
    }

    @Test
    void aLeadersFormIsRecordedForTheirTeamAndTheInstanceEnds() {
        Map<String, Object> form = form(TODAY.minusDays(2), "e-wallet", 4L);
        form.put("wallet", "zalopay");
        form.put("vulnerableCount", 1L);
        form.put("note", "Hướng dẫn nạp tiền, thanh toán tiền nước.");

        ProcessInstance instance = cases.startAs("totruong-ban-01", PROCESS, form);

        assertThat(instance).isEnded().hasPassed("activityEntered", "activityRecorded");
        assertThat(instance.getTenantId()).isEqualTo("tam-quang");
        Map<String, Object> row = recorded(instance);
        assertThat(row).containsEntry("TEAM_CODE", "tam-quang-ban-01").containsEntry("COMMUNE_CODE", "tam-quang")
                .containsEntry("ACTIVITY_DATE", java.sql.Date.valueOf(TODAY.minusDays(2))).containsEntry("TYPE", "e-wallet")
                .containsEntry("COUNT", 4).containsEntry("VULNERABLE_COUNT", 1).containsEntry("DETAIL", "zalopay")
                .containsEntry("NOTE", "Hướng dẫn nạp tiền, thanh toán tiền nước.").containsEntry("RECORDED_BY", "totruong-ban-01");
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).list())
                .as("the activity is its row; the instance keeps only its id")
                .extracting(HistoricVariableInstance::getName).containsExactly(ActivityRecordVariables.ACTIVITY_ID);
    }

    @Test
    void numbersTypedInTasklistMayArriveAsDecimalsAndTheServiceHasItsOwnField() {
        Map<String, Object> form = form(TODAY, "online-public-service", 3.0);
        form.put("vulnerableCount", 2.0);
        form.put("publicService", "Đăng ký kết hôn");

        ProcessInstance instance = cases.startAs("totruong-ban-13", PROCESS, form);

        assertThat(instance).isEnded();
        assertThat(recorded(instance)).containsEntry("TEAM_CODE", "tam-quang-ban-13").containsEntry("COUNT", 3)
                .containsEntry("VULNERABLE_COUNT", 2).containsEntry("DETAIL", "Đăng ký kết hôn");
    }

    @Test
    void theCommuneLeaderRecordsForAVillageTeamOfTheCommune() {
        Map<String, Object> form = form(TODAY.minusDays(1), "e-commerce", 2L);
        form.put("teamCode", "tam-quang-ban-14");
        form.put("platform", "postmart");

        ProcessInstance instance = cases.startAs("totruong-xa", PROCESS, form);

        assertThat(recorded(instance)).containsEntry("TEAM_CODE", "tam-quang-ban-14").containsEntry("DETAIL", "postmart")
                .containsEntry("RECORDED_BY", "totruong-xa");
    }

    @Test
    void aRefusedEntryLeavesNeitherAnInstanceNorAnActivity() {
        long instances = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS).count();
        long activities = jdbc.queryForObject("select count(*) from activity", Long.class);
        Map<String, Object> zero = form(TODAY, "household-visit", 0L);
        Map<String, Object> future = form(TODAY.plusDays(1), "household-visit", 3L);
        Map<String, Object> unknown = form(TODAY, "karaoke", 3L);
        Map<String, Object> noWallet = form(TODAY, "e-wallet", 3L);
        Map<String, Object> noPlatform = form(TODAY, "e-commerce", 3L);
        Map<String, Object> typedWrong = form(TODAY, "household-visit", 3L);
        typedWrong.put("date", "12/31/2026");
        Map<String, Object> detailInsteadOfService = form(TODAY, "online-public-service", 3L);
        detailInsteadOfService.put("detail", "Đăng ký khai sinh");
        Map<String, Object> otherTeam = form(TODAY, "household-visit", 3L);
        otherTeam.put("teamCode", "tam-quang-ban-02");

        assertThat(cases.refusalOfStart("totruong-ban-01", PROCESS, zero)).isEqualTo("Số lượng phải là số nguyên từ 1 đến 10.000.");
        assertThat(cases.refusalOfStart("totruong-ban-01", PROCESS, future)).isEqualTo("Ngày hoạt động "
                + VietnameseDates.format(TODAY.plusDays(1)) + " không được sau ngày hôm nay (" + VietnameseDates.format(TODAY) + ").");
        assertThat(cases.refusalOfStart("totruong-ban-01", PROCESS, unknown)).isEqualTo("Loại hoạt động \"karaoke\" không hợp lệ.");
        assertThat(cases.refusalOfStart("totruong-ban-01", PROCESS, noWallet))
                .isEqualTo("Vui lòng chọn Ví điện tử: MoMo, ZaloPay, Viettel Money hoặc VNPT Money.");
        assertThat(cases.refusalOfStart("totruong-ban-01", PROCESS, noPlatform))
                .isEqualTo("Vui lòng chọn Sàn thương mại điện tử: Vỏ Sò, Postmart hoặc sàn khác.");
        assertThat(cases.refusalOfStart("totruong-ban-01", PROCESS, detailInsteadOfService))
                .as("the form's own field, not a detail").isEqualTo("Vui lòng nhập Dịch vụ công đã hướng dẫn (ví dụ: Đăng ký khai sinh).");
        assertThat(cases.refusalOfStart("totruong-ban-01", PROCESS, typedWrong))
                .isEqualTo("Ngày hoạt động phải là một ngày hợp lệ, dạng ngày/tháng/năm (ví dụ 12/04/1996).");
        assertThat(cases.refusalOfStart("totruong-ban-01", PROCESS, otherTeam))
                .isEqualTo("Bạn chỉ được ghi nhận hoạt động cho tổ mình tham gia; bạn không phải thành viên của Tổ công nghệ số cộng đồng bản 02.");
        assertThat(cases.refusalOfStart("vanhoa", PROCESS, form(TODAY, "household-visit", 3L)))
                .isEqualTo("Vui lòng nhập Mã tổ: tài khoản của bạn không thuộc đúng một tổ.");
        assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS).count()).isEqualTo(instances);
        assertThat(jdbc.queryForObject("select count(*) from activity", Long.class)).isEqualTo(activities);
    }

    @Test
    void theFormOffersEveryActivityTypeWithItsVietnameseLabelAndIsDeployedWithTheProcess() throws IOException {
        JsonNode form;
        try (InputStream in = new ClassPathResource("forms/activity-record.form").getInputStream()) {
            form = new ObjectMapper().readTree(in);
        }
        JsonNode typeField = field(form, "type");

        assertThat(form.get("id").asText()).isEqualTo(PROCESS);
        assertThat(typeField.get("values").findValuesAsText("value"))
                .containsExactlyElementsOf(Arrays.stream(ActivityType.values()).map(ActivityType::code).toList());
        assertThat(typeField.get("values").findValuesAsText("label"))
                .containsExactlyElementsOf(Arrays.stream(ActivityType.values()).map(ActivityType::label).toList());
        assertThat(field(form, "wallet").get("values").findValuesAsText("value")).containsExactlyElementsOf(ActivityDetails.WALLETS);
        assertThat(field(form, "platform").get("values").findValuesAsText("value")).containsExactlyElementsOf(ActivityDetails.PLATFORMS);
        for (String key : List.of("teamCode", "date", "count", "vulnerableCount", "publicService", "note")) {
            assertThat(field(form, key)).as(key).isNotNull();
        }
        assertThat(field(form, "detail")).as("REST clients send the detail in the type's own field too").isNull();
        ProcessDefinition definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey(PROCESS)
                .latestVersion().singleResult();
        assertThat(definition.getName()).isEqualTo("Ghi nhận hoạt động của Tổ");
        // What Tasklist asks for when a user starts it: the deployed form, found through formRef.
        try (InputStream deployed = formService.getDeployedStartForm(definition.getId())) {
            assertThat(new ObjectMapper().readTree(deployed)).isEqualTo(form);
        }
    }

    private static JsonNode field(JsonNode form, String key) {
        for (JsonNode component : form.get("components")) {
            if (component.has("key") && component.get("key").asText().equals(key)) {
                return component;
            }
        }
        return null;
    }

    private Map<String, Object> recorded(ProcessInstance instance) {
        Object id = variable(instance, "activityId");
        assertThat(id).as("activityId of " + instance.getId()).isNotNull();
        return jdbc.queryForMap("select * from activity where id = ?", id);
    }

    private Object variable(ProcessInstance instance, String name) {
        return historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).variableName(name)
                .singleResult().getValue();
    }

    /**
     * The start form as Tasklist submits it: the date typed dd/MM/yyyy, numbers as the number field sends
     * them, every field transient (engineapi's filter re-sends each so).
     */
    private static Map<String, Object> form(LocalDate date, String type, Object count) {
        Map<String, Object> form = new TransientFields();
        form.put("date", VietnameseDates.format(date));
        form.put("type", type);
        form.put("count", count);
        return form;
    }

    /** A start's variables, each put in transient. */
    private static final class TransientFields extends HashMap<String, Object> {
        @Override
        public Object put(String name, Object value) {
            return super.put(name, Variables.untypedValue(value, true));
        }
    }
}
