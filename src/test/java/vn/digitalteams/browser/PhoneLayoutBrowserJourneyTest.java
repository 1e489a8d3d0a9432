package vn.digitalteams.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.digitalteams.CaseActions;
import vn.digitalteams.IntegrationTest;
import vn.digitalteams.TestNames;
import vn.digitalteams.browser.Browser.Screen;
import vn.digitalteams.shared.VietnameseDates;

/**
 * The webapps on a village head's phone (390×844) and on an office desktop (1366×768), every screen
 * measured by {@link ScreenChecks}: nothing sideways, no cut label, no vendor banner, no raw key, no
 * English. A village leader reads his list, opens a task, starts a referral and a scam report; the
 * Chairman opens an approval, a police officer a scam report; the admin looks at Cockpit's dashboard and
 * at Admin's people, named "Họ và tên". On the phone an open task has the screen to itself, with a way
 * back to the list, and the header's menu closes once something is chosen in it.
 */
@IntegrationTest
@Tag("browser")
@ExtendWith(ScreenshotOnFailure.class)
class PhoneLayoutBrowserJourneyTest {

    private static final String TEST = "PhoneLayoutBrowserJourneyTest";
    private static final String MEMBERSHIP = "Kết nạp thành viên Tổ công nghệ số";
    private static final String SCAM_REPORT = "Phản ánh lừa đảo, tin giả";
    private static final By OPEN_TASK = By.cssSelector(".task-card .fjs-container .fjs-form-field");
    private static final By MENU = By.cssSelector("[cam-widget-header] .navbar-toggle");
    /** Citizen ids of women born in 1996 that no demo person or other test has: 040 1 96 + serial. */
    private static final AtomicInteger SERIAL = new AtomicInteger(960_000);

    @LocalServerPort int port;
    @Autowired CaseActions cases;

    @ParameterizedTest
    @EnumSource(Screen.class)
    void aVillageLeaderReadsHisListOpensHisReportAndStartsCases(Screen screen) {
        // A reporting cycle of its own (one per period) gives the leader Bản 01's report task.
        LocalDate month = LocalDate.of(2024, screen == Screen.PHONE ? 6 : 7, 1);
        cases.startAs("chutich", "periodic-report", new HashMap<>(Map.of("period", month.toString().substring(0, 7),
                "dueDate", VietnameseDates.format(LocalDate.now(VietnameseDates.ZONE).plusDays(5)))));
        String report = "Báo cáo tháng " + month.getMonthValue() + " năm " + month.getYear() + ": Bản 01";

        Browser leader = Browser.loggedIn(port, TEST, "tasklist", "totruong-ban-01", screen);
        leader.visibleText(report);
        assertThat(leader.driver().getTitle()).isEqualTo("Tổ công nghệ số cộng đồng – Việc cần làm");
        assertThat(leader.visible(By.cssSelector("[cam-widget-header] .navbar-brand")).getText())
                .startsWith("Tổ công nghệ số cộng đồng –").contains("Việc cần làm");
        assertThat(displayed(leader, By.cssSelector(".digitalteams-commune"))).extracting(WebElement::getText)
                .isEqualTo(screen == Screen.DESKTOP ? List.of("Xã Tam Quang") : List.of());
        assertThat(displayed(leader, By.cssSelector(".tasks-list .priority"))).isEmpty();
        ScreenChecks.check(leader, screen.label() + "-01-leader-task-list");

        leader.clickText(report);
        leader.visible(OPEN_TASK);
        // Nothing here the engine API would refuse him, and no codes meant for machines.
        assertThat(leader.pageText()).doesNotContain("Tạo việc", "Phím tắt bàn phím", "Thêm nhóm", "Đặt ngày theo dõi",
                "Thêm ghi chú", "tam-quang");
        ScreenChecks.check(leader, screen.label() + "-02-leader-task");
        if (screen == Screen.PHONE) {
            assertThat(displayed(leader, By.cssSelector(".task-filters, .tasks-list"))).as("the lists behind the task").isEmpty();
            leader.clickButton("‹ Danh sách việc");
            leader.visibleText(report);
            assertThat(displayed(leader, By.cssSelector(".task-card"))).as("the task, once back at the list").isEmpty();
            leader.click(MENU);
        }

        leader.clickText("Bắt đầu quy trình");
        leader.visibleText(MEMBERSHIP);
        assertThat(displayed(leader, By.cssSelector("[cam-widget-header] .navbar-toggle.open"))).as("the menu, once chosen")
                .isEmpty();
        ScreenChecks.check(leader, screen.label() + "-03-start-dialog");
        leader.clickText(MEMBERSHIP);
        leader.field("Số CCCD (12 chữ số)");
        ScreenChecks.check(leader, screen.label() + "-04-start-form-referral");
        leader.clickButton("Quay lại");
        leader.clickText(SCAM_REPORT);
        // The labels Camunda cut on a phone ("…đường link của đối tượ", "(cần phon") in the screenshot.
        leader.script("arguments[0].scrollIntoView({block: 'center'})",
                leader.field("Số điện thoại, tài khoản, đường link của đối tượng"));
        leader.field("Tiền vẫn đang bị chuyển đi (cần phong tỏa ngay)");
        ScreenChecks.check(leader, screen.label() + "-05-start-form-scam-report");
        // An activity is recorded the day it happens: its date is today unless he types another.
        leader.clickButton("Quay lại");
        leader.clickText("Ghi nhận hoạt động của Tổ");
        String today = VietnameseDates.format(LocalDate.now(VietnameseDates.ZONE));
        leader.waitUntil("today's date in the activity's date",
                () -> today.equals(leader.field("Ngày hoạt động").getDomProperty("value")));
    }

    @ParameterizedTest
    @EnumSource(Screen.class)
    void theChairmanOpensAnApprovalAndThePoliceAScamReport(Screen screen) {
        String resident = TestNames.numbered("Hà Thị Màn Hình", SERIAL.get());
        cases.startAs("totruong-ban-01", "membership-registration", new HashMap<>(Map.of("fullName", resident,
                "birthDate", "08/03/1996", "gender", "female", "citizenId", "040196" + SERIAL.getAndIncrement(),
                "villageCode", "ban-01", "referralReason", "Hướng dẫn bà con cài VNeID mức 2.")));
        String description = "Kẻ gian gọi điện mạo danh ngân hàng, đòi mã OTP (" + resident + ").";
        cases.startAs("totruong-ban-02", "scam-report", new HashMap<>(Map.of("villageCode", "ban-02",
                "category", "account-takeover", "channel", "phone",
                "occurredOn", VietnameseDates.format(LocalDate.now(VietnameseDates.ZONE).minusDays(1)),
                "description", description, "amountLost", 0L, "moneyStillMoving", false)));

        Browser chairman = Browser.loggedIn(port, TEST, "tasklist", "chutich", screen);
        String approval = "Phê duyệt kết nạp: " + resident + " – Bản 01";
        chairman.clickText("Chờ phê duyệt");
        chairman.visibleText(approval);
        ScreenChecks.check(chairman, screen.label() + "-06-chairman-task-list");
        chairman.clickText(approval);
        chairman.visible(OPEN_TASK);
        // Who may take it, by the roles' names, whole and not the group ids.
        assertThat(chairman.visible(By.cssSelector("[cam-tasklist-task-meta] .groups")).getText().split(", "))
                .containsExactlyInAnyOrder("Chủ tịch UBND xã", "Phó Chủ tịch UBND xã");
        assertThat(chairman.pageText()).doesNotContain("vice-chairman", "chairman");
        ScreenChecks.check(chairman, screen.label() + "-07-chairman-approval");
        chairman.close();

        Browser police = Browser.loggedIn(port, TEST, "tasklist", "congan", screen);
        police.clickText("Tin báo lừa đảo");
        By firstReport = By.xpath("//ol[contains(@class,'tasks-list')]/li[1]//h4/a");
        String report = police.visible(firstReport).getText();
        ScreenChecks.check(police, screen.label() + "-08-police-task-list");
        police.click(firstReport);
        police.visible(OPEN_TASK);
        assertThat(police.visible(By.cssSelector(".task-card h2.task")).getText()).isEqualTo(report);
        ScreenChecks.check(police, screen.label() + "-09-police-scam-report");
    }

    @ParameterizedTest
    @EnumSource(Screen.class)
    void theAdminWatchesCockpitAndFindsPeopleByTheirVietnameseNamesInAdmin(Screen screen) {
        Browser admin = Browser.loggedIn(port, TEST, "cockpit", "admin", screen);
        admin.visible(By.cssSelector(".dashboard .actual"));
        assertThat(admin.driver().getTitle()).startsWith("Tổ công nghệ số cộng đồng – Giám sát quy trình");
        ScreenChecks.check(admin, screen.label() + "-10-cockpit-dashboard");

        admin.open("/camunda/app/admin/default/#/users");
        WebElement chairman = admin.visible(By.xpath("//tr[td/a[normalize-space(.)='chutich']]"));
        assertThat(chairman.findElements(By.tagName("td")).stream().filter(WebElement::isDisplayed).map(WebElement::getText))
                .contains("Lương Văn Hùng").doesNotContain("Lương Văn", "Hùng");
        assertThat(admin.driver().findElements(By.cssSelector("thead th")).stream().filter(WebElement::isDisplayed)
                .map(WebElement::getText)).contains("Họ và tên").doesNotContain("Họ và tên đệm*", "Tên*");
        ScreenChecks.check(admin, screen.label() + "-11-admin-users");

        admin.open("/camunda/app/admin/default/#/users/chutich?tab=profile");
        assertThat(admin.visible(By.cssSelector("label[for=inputFirstname]")).getText()).isEqualTo("Họ và tên đệm*");
        assertThat(admin.visible(By.cssSelector("label[for=inputLastname]")).getText()).isEqualTo("Tên*");
        assertThat(admin.visible(By.cssSelector("#inputFirstname")).getDomProperty("value")).isEqualTo("Lương Văn");
        assertThat(admin.visible(By.cssSelector(".section-content h3")).getText()).endsWith("Lương Văn Hùng");
        ScreenChecks.check(admin, screen.label() + "-12-admin-user-page");
    }

    private static List<WebElement> displayed(Browser browser, By by) {
        return browser.driver().findElements(by).stream().filter(WebElement::isDisplayed).toList();
    }
}
