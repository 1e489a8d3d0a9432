package vn.digitalteams.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.SoftAssertions;

/**
 * What a person sees on the screen a browser shows, measured in the page (screen-checks.js): nothing to
 * scroll sideways and nothing past the screen's edge, no label or text cut off or spilling out of its box or
 * running into another text,
 * no vendor banner, no raw locale key ({@code CAM_WIDGET_HEADER_TOGGLE_NAVIGATION}) and none of a list of
 * English words Camunda shows when a text escapes our translation. Any journey may check its screens.
 *
 * <p>Each check photographs the screen ({@code target/screenshots/<test>/<screen>.png}) and adds its
 * numbers to {@code measurements.tsv} beside it.
 */
public final class ScreenChecks {

    /** Words of Camunda's English interface; a Vietnamese screen shows none of them. */
    public static final List<String> ENGLISH_WORDS = List.of("Task", "Tasks", "Filter", "Filters", "Start", "Complete",
            "Claim", "Camunda", "Dashboard", "Cockpit", "Tasklist", "Admin", "Welcome", "Process", "Processes", "Users",
            "Groups", "Tenants", "Loading", "Search", "Select", "Save", "Cancel", "Close", "Submit", "Create", "Add",
            "Edit", "Delete", "Back", "Next", "Previous", "Powered", "Sign out", "My profile");
    private static final String MEASURE = resource("screen-checks.js");

    private ScreenChecks() {
    }

    /** What the screen shows: its widths and every finding, each described with the element it is about. */
    public record Measurement(long scrollWidth, long innerWidth, List<String> sideways, List<String> cut,
                              boolean vendorBanner, List<String> rawKeys, List<String> englishWords, String title) {

        String tsv(String screen) {
            return String.join("\t", screen, String.valueOf(innerWidth), String.valueOf(scrollWidth),
                    String.valueOf(sideways.size()), String.valueOf(cut.size()), String.valueOf(vendorBanner),
                    String.join(" ", rawKeys), String.join(" ", englishWords), title) + "\n";
        }
    }

    /** Measures the screen as it is once the page is still. */
    @SuppressWarnings("unchecked")
    public static Measurement measure(Browser browser) {
        browser.waitUntilStill();
        Map<String, Object> found = (Map<String, Object>) browser.script(MEASURE, ENGLISH_WORDS);
        return new Measurement((Long) found.get("scrollWidth"), (Long) found.get("innerWidth"),
                (List<String>) found.get("sideways"), (List<String>) found.get("cut"), (Boolean) found.get("vendorBanner"),
                (List<String>) found.get("rawKeys"), (List<String>) found.get("englishWords"), (String) found.get("title"));
    }

    /**
     * Photographs and measures the screen, names it {@code screen} in the screenshots and measurements,
     * and fails with every finding at once.
     */
    public static Measurement check(Browser browser, String screen) {
        Measurement measurement = measure(browser);
        Path screenshot = browser.screenshot(screen);
        record(screenshot.resolveSibling("measurements.tsv"), measurement.tsv(screen));

        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(measurement.scrollWidth()).as("%s: the page's width (nothing to scroll sideways)", screen)
                .isLessThanOrEqualTo(measurement.innerWidth());
        softly.assertThat(measurement.sideways()).as("%s: wider than the screen", screen).isEmpty();
        softly.assertThat(measurement.cut()).as("%s: cut or spilling texts", screen).isEmpty();
        softly.assertThat(measurement.vendorBanner()).as("%s: Camunda's end-of-life banner", screen).isFalse();
        softly.assertThat(measurement.rawKeys()).as("%s: raw locale keys", screen).isEmpty();
        softly.assertThat(measurement.englishWords()).as("%s: English words", screen).isEmpty();
        softly.assertAll();
        return measurement;
    }

    private static void record(Path file, String line) {
        try {
            if (!Files.exists(file)) {
                Files.writeString(file, "screen\tinnerWidth\tscrollWidth\tsideways\tcut\tbanner\trawKeys\tenglish\ttitle\n",
                        StandardCharsets.UTF_8);
            }
            Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = ScreenChecks.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
