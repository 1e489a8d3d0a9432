package vn.digitalteams.engineapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.camunda.bpm.engine.variable.VariableMap;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/** A submission held to the deployed referral form (forms/membership-referral.form), field by field. */
class FormContractTest {

    private final ObjectMapper json = new ObjectMapper();
    private final FormSchema referral = form("forms/membership-referral.form");

    @Test
    void theFormsFieldsPassTypedAndTransient() throws IOException {
        VariableMap variables = FormContract.check(referral, json.readTree("""
                {"fullName": {"value": "Lò Thị Mai"}, "isStudent": {"value": true}, "gender": {"value": "female"},
                 "phone": {"value": null}}"""));

        assertThat(variables.getValueTyped("fullName").isTransient()).isTrue();
        assertThat(variables.get("fullName")).isEqualTo("Lò Thị Mai");
        assertThat(variables.get("isStudent")).isEqualTo(true);
        assertThat(variables.get("phone")).isNull();
    }

    @Test
    void whatTheFormDoesNotDeclareIsRefusedNamingTheField() {
        assertRefused("{\"teamCode\": {\"value\": \"tam-quang-ban-01\"}, \"communeCode\": {\"value\": \"tam-thai\"}}",
                "Biểu mẫu không có trường \"communeCode\"; chỉ được gửi các trường có trên biểu mẫu.");
        assertRefused("{\"fullName\": {\"value\": 42}}", "Họ và tên phải là chữ.");
        assertRefused("{\"isStudent\": {\"value\": \"yes\"}}", "Là học sinh chỉ nhận Có hoặc Không.");
        assertRefused("{\"gender\": {\"value\": \"robot\"}}", "Giới tính: \"robot\" không có trong các lựa chọn của biểu mẫu.");
        assertRefused("{\"fullName\": {\"value\": \"" + "a".repeat(101) + "\"}}", "Họ và tên không được dài quá 100 ký tự.");
        assertRefused("{\"fullName\": {\"value\": \"rO0AB\", \"type\": \"Object\"}}",
                "Họ và tên: giá trị gửi lên không hợp lệ (chỉ nhận chữ, số hoặc có/không).");
        assertRefused("{\"fullName\": {\"value\": \"x\", \"valueInfo\": {\"objectTypeName\": \"java.util.HashMap\"}}}",
                "Họ và tên: giá trị gửi lên không hợp lệ (chỉ nhận chữ, số hoặc có/không).");
    }

    @Test
    void aWholeNumberFieldTakesNoFractionAndNoText() throws IOException {
        FormSchema village = form("forms/village-report.form");
        assertThat(FormContract.check(village, json.readTree("{\"householdVisit\": {\"value\": 37}}")).get("householdVisit"))
                .isEqualTo(37L);
        assertThatThrownBy(() -> FormContract.check(village, json.readTree("{\"householdVisit\": {\"value\": 3.5}}")))
                .isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> FormContract.check(village, json.readTree("{\"householdVisit\": {\"value\": \"37\"}}")))
                .isInstanceOf(Refusal.class);
    }

    @Test
    void aChecklistTakesAListOfStringsAsJsonOrAsTasklistsJsonText() throws IOException {
        FormSchema lists = inline("""
                {"components": [
                  {"type": "checklist", "key": "villages", "label": "Bản trả lại", "valuesExpression": "=options"},
                  {"type": "taglist", "key": "wallets", "label": "Ví điện tử",
                   "values": [{"label": "MoMo", "value": "momo"}, {"label": "ZaloPay", "value": "zalopay"}]},
                  {"type": "textfield", "key": "note", "label": "Ghi chú"}]}""");

        VariableMap variables = FormContract.check(lists, json.readTree("""
                {"villages": {"value": "[\\"tam-quang-ban-03\\",\\"tam-quang-ban-07\\"]", "type": "Json", "valueInfo": null},
                 "wallets": {"value": ["momo", "zalopay"]}}"""));
        assertThat(variables.get("villages")).isEqualTo(List.of("tam-quang-ban-03", "tam-quang-ban-07"));
        assertThat(variables.getValueTyped("villages").isTransient()).isTrue();
        assertThat(variables.get("wallets")).isEqualTo(List.of("momo", "zalopay"));
        assertThat(FormContract.check(lists, json.readTree("{\"villages\": {\"value\": []}}")).get("villages"))
                .isEqualTo(List.of());

        assertRefused(lists, "{\"wallets\": {\"value\": [\"bitcoin\"]}}",
                "Ví điện tử: \"bitcoin\" không có trong các lựa chọn của biểu mẫu.");
        assertRefused(lists, "{\"villages\": {\"value\": \"tam-quang-ban-03\"}}",
                "Bản trả lại phải là danh sách các lựa chọn đã đánh dấu.");
        assertRefused(lists, "{\"villages\": {\"value\": [3, {\"a\": 1}]}}",
                "Bản trả lại phải là danh sách các lựa chọn đã đánh dấu.");
        assertRefused(lists, "{\"villages\": {\"value\": \"[\\\"a\\\"]\", \"type\": \"Object\"}}",
                "Bản trả lại: giá trị gửi lên không hợp lệ (chỉ nhận chữ, số hoặc có/không).");
        assertRefused(lists, "{\"note\": {\"value\": \"[]\", \"type\": \"Json\"}}",
                "Ghi chú: giá trị gửi lên không hợp lệ (chỉ nhận chữ, số hoặc có/không).");
    }

    @Test
    void aDatePickerTakesADayAsTextAndIsNamedByItsDateLabel() throws IOException {
        // Tasklist sends form-js's date as the day's ISO text; the intake listener reads and checks the day.
        assertThat(FormContract.check(referral, json.readTree("{\"birthDate\": {\"value\": \"1996-04-12\"}}"))
                .get("birthDate")).isEqualTo("1996-04-12");
        assertThat(FormContract.check(referral, json.readTree("{\"birthDate\": {\"value\": \"12/04/1996\"}}"))
                .get("birthDate")).isEqualTo("12/04/1996");
        String notADay = "Ngày sinh phải là một ngày, dạng ngày/tháng/năm (ví dụ 30/11/2026).";
        assertRefused("{\"birthDate\": {\"value\": 19960412}}", notADay);
        // An instant's day depends on its zone: 17:00 UTC on the 14th is the 15th in Vietnam. Not a day.
        assertRefused("{\"birthDate\": {\"value\": \"1995-06-14T17:00:00.000Z\"}}", notADay);
        assertRefused("{\"birthDate\": {\"value\": \"hôm qua\"}}", notADay);
        assertRefused(inline("""
                {"components": [{"type": "datetime", "key": "meeting", "subtype": "datetime", "dateLabel": "Ngày họp"}]}"""),
                "{\"meeting\": {\"value\": \"2026-11-30T08:00\"}}",
                "Ngày họp: giá trị gửi lên không hợp lệ (chỉ nhận chữ, số hoặc có/không).");
    }

    private void assertRefused(String variables, String message) {
        assertRefused(referral, variables, message);
    }

    private void assertRefused(FormSchema form, String variables, String message) {
        assertThatThrownBy(() -> FormContract.check(form, json.readTree(variables)))
                .isInstanceOfSatisfying(Refusal.class, refusal -> {
                    assertThat(refusal.status()).isEqualTo(400);
                    assertThat(refusal.vietnamese()).isEqualTo(message);
                });
    }

    private FormSchema inline(String formJson) throws IOException {
        return FormSchema.parse(new ByteArrayInputStream(formJson.getBytes(StandardCharsets.UTF_8)), json);
    }

    private FormSchema form(String path) {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(path)) {
            return FormSchema.parse(in, json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
