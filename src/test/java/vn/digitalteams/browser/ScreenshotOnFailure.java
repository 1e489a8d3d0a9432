package vn.digitalteams.browser;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A failing browser test keeps what each open browser showed (FAILED-&lt;user&gt;.png and .html under
 * target/screenshots/&lt;test&gt;/), taken before anything closes; every browser is closed after each test.
 */
public class ScreenshotOnFailure implements AfterTestExecutionCallback, AfterEachCallback {

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isPresent()) {
            Browser.OPEN.forEach(Browser::keepFailure);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Browser.OPEN.forEach(Browser::close);
    }
}
