package vn.digitalteams.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.NumberFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

import vn.digitalteams.IntegrationTest;

/**
 * The landing page at / in a real browser: a visitor is told to log into Tasklist; the Chairman, once
 * logged into Tasklist, sees his commune's numbers there, with a referral waiting for him among them.
 */
@IntegrationTest
@Tag("browser")
@ExtendWith(ScreenshotOnFailure.class)
class LandingPageBrowserJourneyTest {

    private static final String TEST = "LandingPageBrowserJourneyTest";
    private static final Map<String, String> LABELS = Map.of("teams", "Tổ công nghệ số", "members", "Thành viên",
            "openApprovals", "Hồ sơ chờ phê duyệt", "openScamReports", "Tin báo lừa đảo đang xử lý",
            "overdueReports", "Báo cáo quá hạn");

    @LocalServerPort int port;
    @Autowired TestRestTemplate rest;

    @Test
    void aVisitorIsToldToLogInAndTheChairmanSeesHisCommunesNumbers() {
        Browser visitor = Browser.anonymous(port, TEST, "visitor");
        visitor.open("/");
        visitor.visibleText("Đăng nhập Tasklist");
        assertThat(visitor.visible(By.id("overview")).getText()).contains("Đăng nhập Tasklist để xem số liệu của xã.");
        assertThat(visitor.driver().findElements(By.cssSelector("#overview .figure"))).isEmpty();
        visitor.screenshot("01-landing-page-for-a-visitor");
        visitor.close();

        referAResident();
        Map<String, Object> expected = rest.withBasicAuth("chutich", "demo").exchange("/api/overview", HttpMethod.GET,
                null, new ParameterizedTypeReference<Map<String, Object>>() {}).getBody();
        assertThat(((Number) expected.get("openApprovals")).longValue()).isPositive();

        Browser chairman = Browser.loggedIn(port, TEST, "tasklist", "chutich");
        chairman.open("/");
        chairman.visibleText("Số liệu của xã Tam Quang");
        NumberFormat vietnamese = NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi-VN"));
        LABELS.forEach((figure, label) -> {
            String shown = chairman.visible(By.cssSelector("#overview .figure-" + figure + " .number")).getText();
            assertThat(shown).as(label).isEqualTo(vietnamese.format(((Number) expected.get(figure)).longValue()));
            assertThat(chairman.visible(By.cssSelector("#overview .figure-" + figure + " .label")).getText()).isEqualTo(label);
        });
        assertThat(chairman.pageText()).doesNotContain("Đăng nhập Tasklist để xem");
        chairman.screenshot("02-landing-page-with-the-communes-numbers");
    }

    /** A referral waiting for the Chairman, so that the page shows one. */
    private void referAResident() {
        Map<String, Object> referral = new HashMap<>();
        referral.put("fullName", "Lò Văn Trang Chủ");
        referral.put("birthDate", "1996-05-20");
        referral.put("gender", "male");
        referral.put("citizenId", "040096733311");
        referral.put("villageCode", "ban-06");
        referral.put("occupation", "Nông dân");
        referral.put("isStudent", false);
        referral.put("referralReason", "Hướng dẫn bà con dùng ví điện tử.");
        Map<String, Object> typed = new HashMap<>();
        referral.forEach((name, value) -> typed.put(name, Map.of("value", value)));
        assertThat(rest.withBasicAuth("totruong-ban-06", "demo").exchange(
                "/engine-rest/process-definition/key/membership-registration/start", HttpMethod.POST,
                new HttpEntity<>(Map.of("variables", typed)), String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }
}
