package vn.digitalteams.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One person's headless Chromium session against the app under test: Debian's {@code /usr/bin/chromium}
 * driven by Debian's {@code /usr/bin/chromedriver}. Both paths are given explicitly, so Selenium
 * Manager is never asked to find or download a browser or driver.
 *
 * <p>Screenshots go to {@code target/screenshots/<test>/<step>.png}. Every open session is known to
 * {@link ScreenshotOnFailure}, which photographs it when a test fails and closes it afterwards.
 */
public final class Browser {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    static final List<Browser> OPEN = new CopyOnWriteArrayList<>();

    static {
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
    }

    /**
     * A screen to look at the webapps on, exactly this many CSS pixels: a village head's phone, an office
     * desktop. Chromium emulates it (a phone with touch, as a phone's browser lays pages out).
     */
    public enum Screen {
        PHONE(390, 844, true),
        DESKTOP(1366, 768, false);

        private final int width;
        private final int height;
        private final boolean mobile;

        Screen(int width, int height, boolean mobile) {
            this.width = width;
            this.height = height;
            this.mobile = mobile;
        }

        public String label() {
            return name().toLowerCase(Locale.ROOT) + "-" + width + "x" + height;
        }

        private Map<String, Object> metrics() {
            return Map.of("width", width, "height", height, "pixelRatio", 1.0, "mobile", mobile, "touch", mobile);
        }
    }

    private final ChromeDriver driver;
    private final String baseUrl;
    private final Path screenshots;
    private final String user;

    private Browser(int port, String test, String user, String language, Screen screen) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1400,1000", "--lang=" + language, "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync");
        if (screen != null) {
            options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics", screen.metrics()));
        }
        // What navigator.languages and the Accept-Language header say, as a browser set up in that language.
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages",
                language.contains("-") ? language + "," + language.substring(0, language.indexOf('-')) : language));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort()
                .withEnvironment(Map.of("TZ", "Asia/Ho_Chi_Minh")).build(); // the users' time zone
        this.driver = new ChromeDriver(service, options);
        this.baseUrl = "http://localhost:" + port;
        this.screenshots = Path.of("target", "screenshots", test);
        this.user = user;
    }

    /** A fresh browser (no cookies, no storage) logged into a Camunda webapp (tasklist, cockpit, admin). */
    public static Browser loggedIn(int port, String test, String app, String user) {
        return loggedIn(port, test, app, user, "vi");
    }

    /** The same in a browser set up in another language ({@code en-US}: English first in navigator.languages). */
    public static Browser loggedIn(int port, String test, String app, String user, String language) {
        return loggedIn(new Browser(port, test, user, language, null), app);
    }

    /** The same on a screen of that size. */
    public static Browser loggedIn(int port, String test, String app, String user, Screen screen) {
        return loggedIn(new Browser(port, test, user, "vi", screen), app);
    }

    private static Browser loggedIn(Browser browser, String app) {
        OPEN.add(browser);
        browser.login(app);
        return browser;
    }

    /** A fresh browser nobody has logged into; {@code who} names it in failure screenshots. */
    public static Browser anonymous(int port, String test, String who) {
        Browser browser = new Browser(port, test, who, "vi", null);
        OPEN.add(browser);
        return browser;
    }

    private void login(String app) {
        driver.get(baseUrl + "/camunda/app/" + app + "/");
        visible(By.cssSelector("input[type=password]"));
        // The login form focuses its name field once rendered, which can steal keys meant for the password
        // (CI once typed "totruong-ban-01demo"): type, then check both fields before submitting.
        waiting().ignoring(StaleElementReferenceException.class).withMessage("the login form to hold the credentials")
                .until(driver -> {
                    WebElement name = driver.findElements(By.cssSelector("input")).get(0);
                    WebElement password = driver.findElement(By.cssSelector("input[type=password]"));
                    typeInto(name, user);
                    typeInto(password, "demo");
                    return user.equals(name.getDomProperty("value")) && "demo".equals(password.getDomProperty("value"));
                });
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[type=password]")));
    }

    private static void typeInto(WebElement input, String value) {
        if (!value.equals(input.getDomProperty("value"))) {
            input.clear();
            input.sendKeys(value);
        }
    }

    /**
     * A wait of its own for each use: a message or an ignored exception set on a shared one would stay with
     * every later wait (a timeout then blamed the login form long after the login).
     */
    private WebDriverWait waiting() {
        return new WebDriverWait(driver, TIMEOUT);
    }

    public WebDriver driver() {
        return driver;
    }

    public String url(String path) {
        return baseUrl + path;
    }

    public void open(String path) {
        driver.get(baseUrl + path);
    }

    public WebElement visible(By by) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** The innermost visible element whose own text contains {@code text}. */
    public WebElement visibleText(String text) {
        return visible(textLocator(text));
    }

    public static By textLocator(String text) {
        return By.xpath("//*[not(self::script) and not(self::style) and text()[contains(normalize-space(.), "
                + literal(text) + ")]]");
    }

    public void waitForText(String text) {
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), text));
    }

    public void waitUntil(String what, java.util.function.Supplier<Boolean> condition) {
        waiting().withMessage(what).until(driver -> condition.get());
    }

    public void clickText(String text) {
        click(textLocator(text));
    }

    /** Clicks once the element is clickable; an overlay still fading out is waited out. */
    public void click(By by) {
        waiting().ignoring(StaleElementReferenceException.class).ignoring(ElementClickInterceptedException.class)
                .until(driver -> {
                    WebElement element = ExpectedConditions.elementToBeClickable(by).apply(driver);
                    if (element == null) {
                        return false;
                    }
                    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
                    element.click();
                    return true;
                });
    }

    public void clickButton(String label) {
        click(By.xpath("//button[normalize-space(.)=" + literal(label) + "]"));
    }

    /** A form-js field by its label (the label's own text; a required field's asterisk is a separate span). */
    public WebElement field(String label) {
        WebElement labelElement = visible(By.xpath("//label[normalize-space(text()[1])=" + literal(label)
                + " or normalize-space(.)=" + literal(label) + " or normalize-space(.)=" + literal(label + "*") + "]"));
        return driver.findElement(By.id(labelElement.getAttribute("for")));
    }

    /**
     * Types {@code value} into the field and waits until it has held it over two polls: Tasklist re-imports
     * a start form once its variables arrive, which can wipe what was typed into the first field.
     */
    public void fill(String label, String value) {
        boolean[] heldLastPoll = {false};
        waiting().ignoring(StaleElementReferenceException.class).withMessage("field '" + label + "' to keep its value")
                .until(driver -> {
                    WebElement input = field(label);
                    if (value.equals(input.getDomProperty("value"))) {
                        boolean stable = heldLastPoll[0];
                        heldLastPoll[0] = true;
                        return stable;
                    }
                    heldLastPoll[0] = false;
                    input.clear();
                    input.sendKeys(value);
                    return false;
                });
    }

    /** A form-js select is a custom dropdown: open it, then pick the option by its text. */
    public void select(String label, String option) {
        WebElement labelElement = visible(By.xpath("//div[contains(@class,'fjs-form-field-select')]//label[normalize-space(text()[1])="
                + literal(label) + "]"));
        WebElement fieldElement = labelElement.findElement(By.xpath("ancestor::div[contains(@class,'fjs-form-field-select')][1]"));
        List<WebElement> group = fieldElement.findElements(By.cssSelector(".fjs-input-group"));
        (group.isEmpty() ? fieldElement : group.get(0)).click();
        click(By.xpath("//div[contains(@class,'fjs-dropdownlist-item') and normalize-space(.)=" + literal(option) + "]"));
    }

    /** A checkbox or radio option by the text of its label. */
    public void check(String label) {
        click(By.xpath("//label[normalize-space(.)=" + literal(label) + "]"));
    }

    public Path screenshot(String step) {
        try {
            Files.createDirectories(screenshots);
            Path file = screenshots.resolve(step + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the failure looked like: screenshot and page source, kept under the test's folder. */
    void keepFailure() {
        try {
            screenshot("FAILED-" + user);
            Files.writeString(screenshots.resolve("FAILED-" + user + ".html"), driver.getPageSource(), StandardCharsets.UTF_8);
        } catch (RuntimeException | IOException e) {
            System.err.println("Could not keep the failure of " + user + ": " + e);
        }
    }

    /** Lets rendering that has no DOM to wait on (Chromium's PDF viewer, diagram layout) finish before a screenshot. */
    public void settle() {
        try {
            Thread.sleep(1500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits until the page has not changed for 400 ms (rendering, translations), or for 5 s at most. */
    public void waitUntilStill() {
        driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                let quiet = setTimeout(finish, 400);
                const latest = setTimeout(finish, 5000);
                const observer = new MutationObserver(() => {
                  clearTimeout(quiet);
                  quiet = setTimeout(finish, 400);
                });
                observer.observe(document.documentElement, {childList: true, subtree: true, attributes: true,
                  characterData: true});
                function finish() {
                  observer.disconnect();
                  clearTimeout(quiet);
                  clearTimeout(latest);
                  done();
                }
                """);
    }

    public Object script(String javascript, Object... arguments) {
        return driver.executeScript(javascript, arguments);
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public void close() {
        OPEN.remove(this);
        driver.quit();
    }

    /** An XPath string literal for any text (Vietnamese names may hold apostrophes). */
    static String literal(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }
}
