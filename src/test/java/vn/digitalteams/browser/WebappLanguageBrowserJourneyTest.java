package vn.digitalteams.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.digitalteams.IntegrationTest;

/**
 * Vietnamese everywhere a user looks, even in a browser set up in English: Tasklist's own texts and
 * form-js's validation messages and placeholders; English stays one choice away in the user menu.
 */
@IntegrationTest
@Tag("browser")
@ExtendWith(ScreenshotOnFailure.class)
class WebappLanguageBrowserJourneyTest {

    private static final String TEST = "WebappLanguageBrowserJourneyTest";
    private static final String PROCESS = "Kết nạp thành viên Tổ công nghệ số";
    private static final By USER_MENU = By.cssSelector("li.account > a");

    @LocalServerPort int port;

    @Test
    void anEnglishBrowserGetsVietnameseFormsIncludedAndMaySwitchToEnglish() {
        Browser leader = Browser.loggedIn(port, TEST, "tasklist", "totruong-ban-01", "en-US");
        assertThat(leader.script("return navigator.languages[0]")).isEqualTo("en-US");
        leader.visibleText("Bắt đầu quy trình");
        assertThat(leader.pageText()).doesNotContain("Start process").doesNotContain("Create task");
        leader.screenshot("01-tasklist-in-vietnamese-for-an-english-browser");

        // The start form sent empty, then a malformed citizen id typed in: form-js's own messages.
        // (Tasklist disables the start button while the form shows errors; in Vietnamese it says what it sends.)
        openStartForm(leader, "Bắt đầu quy trình");
        leader.clickButton("Gửi hồ sơ kết nạp");
        leader.visibleText("Trường này bắt buộc.");
        leader.fill("Số CCCD (12 chữ số)", "123");
        leader.visibleText("Số CCCD (12 chữ số) chưa đúng định dạng.");
        // A day that does not exist is refused with a word, not rolled over to 03/03/2026 by the date picker.
        leader.field("Ngày sinh").sendKeys("31/02/2026");
        leader.field("Họ và tên").click();
        leader.visibleText("Không có ngày 31/02/2026; vui lòng nhập lại ngày/tháng/năm.");
        assertThat(leader.field("Ngày sinh").getDomProperty("value")).isEmpty();
        assertThat(leader.pageText()).contains("Chọn").doesNotContain("Field is required").doesNotContain("Field must")
                .doesNotContain("Select");
        assertThat(leader.driver().findElements(By.cssSelector(".fjs-select-placeholder")))
                .isNotEmpty().allSatisfy(select -> assertThat(select.getText()).isEqualTo("Chọn"));
        leader.screenshot("02-start-form-refused-in-vietnamese");

        leader.open("/camunda/app/tasklist/default/");
        leader.click(USER_MENU);
        leader.visibleText("Ngôn ngữ / Language");
        leader.screenshot("03-user-menu-offers-english");
        leader.click(By.cssSelector("li.digitalteams-language-en > a"));
        leader.visibleText("Start process");
        assertThat(leader.pageText()).doesNotContain("Bắt đầu quy trình");
        leader.screenshot("04-tasklist-in-english");

        // In English, form-js speaks its own English.
        openStartForm(leader, "Start process");
        leader.clickButton("Start");
        leader.visibleText("Field is required.");
        assertThat(leader.pageText()).doesNotContain("Trường này bắt buộc.");
        leader.screenshot("05-start-form-refused-in-english");

        leader.open("/camunda/app/tasklist/default/");
        leader.click(USER_MENU);
        leader.click(By.cssSelector("li.digitalteams-language-vi > a"));
        leader.visibleText("Bắt đầu quy trình");
        assertThat(leader.pageText()).doesNotContain("Start process");
    }

    private static void openStartForm(Browser browser, String startProcess) {
        browser.clickText(startProcess);
        browser.clickText(PROCESS);
        browser.field("Số CCCD (12 chữ số)");
    }
}
