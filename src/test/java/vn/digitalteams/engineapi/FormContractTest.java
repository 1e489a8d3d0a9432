package vn.digitalteams.engineapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;

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

    private void assertRefused(String variables, String message) {
        assertThatThrownBy(() -> FormContract.check(referral, json.readTree(variables)))
                .isInstanceOfSatisfying(Refusal.class, refusal -> {
                    assertThat(refusal.status()).isEqualTo(400);
                    assertThat(refusal.vietnamese()).isEqualTo(message);
                });
    }

    private FormSchema form(String path) {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(path)) {
            return FormSchema.parse(in, json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
