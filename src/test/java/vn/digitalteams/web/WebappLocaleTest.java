package vn.digitalteams.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Our Vietnamese locale files against the webapps' own code, as the webjar ships it: every key a template
 * or script asks for has a Vietnamese text (a missing one shows as the raw key, as
 * CAM_WIDGET_HEADER_TOGGLE_NAVIGATION did), no key is there that nothing asks for, and the apps speak one
 * glossary: a key two apps share reads the same in both ("việc", "Thông tin cá nhân", "Trang sau").
 */
class WebappLocaleTest {

    private static final List<String> WEBAPPS = CamundaWebappOverrides.WEBAPPS;
    private static final String WEBJAR = "META-INF/resources/";
    /** Keys of ours that Camunda's code has no use for: the placeholder of our password policy's own rule. */
    private static final Set<String> OUR_KEYS = Set.of("PASSWORD_POLICY_NOT_GUESSABLE");
    private static final String KEY = "([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)";
    /**
     * How the webapps' code names a key: {@code 'KEY' | translate} and {@code translate="KEY"} in templates
     * (quotes escaped inside the bundle's strings), {@code $translate.instant("KEY")} and
     * {@code translate('KEY', ...)} in scripts and templates.
     */
    private static final List<Pattern> KEY_USES = List.of(
            Pattern.compile("\\\\?['\"]" + KEY + "\\\\?['\"]\\s*\\|\\s*translate"),
            Pattern.compile("translate=\\\\?[\"']" + KEY),
            Pattern.compile("\\.instant\\(\\s*[\"']" + KEY),
            Pattern.compile("translate\\(\\s*\\\\?[\"']" + KEY));
    private static final ObjectMapper JSON = new ObjectMapper();

    static List<String> webapps() {
        return WEBAPPS;
    }

    @ParameterizedTest
    @MethodSource("webapps")
    void everyKeyTheWebappsCodeAsksForHasAVietnameseText(String app) {
        assertThat(ours(app).keySet()).containsAll(keysUsedBy(app));
    }

    @ParameterizedTest
    @MethodSource("webapps")
    void ourLocaleHoldsOnlyKeysCamundaHasOrItsCodeAsksFor(String app) {
        Set<String> known = new TreeSet<>(camundasEnglish(app).keySet());
        known.addAll(keysUsedBy(app));
        known.addAll(OUR_KEYS);

        assertThat(ours(app).keySet()).isSubsetOf(known);
    }

    @Test
    void aKeyTwoWebappsShareReadsTheSameInBoth() {
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < WEBAPPS.size(); i++) {
            for (int j = i + 1; j < WEBAPPS.size(); j++) {
                differences.addAll(differences(WEBAPPS.get(i), WEBAPPS.get(j)));
            }
        }

        assertThat(differences).isEmpty();
    }

    /** Keys both apps have, saying the same in English and not the same in our Vietnamese. */
    private static List<String> differences(String app, String other) {
        Map<String, String> english = camundasEnglish(app);
        Map<String, String> otherEnglish = camundasEnglish(other);
        Map<String, String> vietnamese = ours(app);
        Map<String, String> otherVietnamese = ours(other);
        return vietnamese.keySet().stream().filter(otherVietnamese::containsKey)
                // Camunda words a few keys differently per app ("Business Key:"); those may differ here too.
                .filter(key -> !english.containsKey(key) || !otherEnglish.containsKey(key)
                        || english.get(key).equals(otherEnglish.get(key)))
                .filter(key -> !vietnamese.get(key).equals(otherVietnamese.get(key)))
                .map(key -> key + ": " + app + " \"" + vietnamese.get(key) + "\", " + other + " \""
                        + otherVietnamese.get(key) + "\"")
                .toList();
    }

    private static Set<String> keysUsedBy(String app) {
        String code = read(WEBJAR + "webjars/camunda/app/" + app + "/camunda-" + app + "-bootstrap.js")
                + (app.equals("welcome") ? "" : read(WEBJAR + "plugin/" + app + "/app/plugin.js"));
        Set<String> keys = new TreeSet<>();
        for (Pattern use : KEY_USES) {
            Matcher matcher = use.matcher(code);
            while (matcher.find()) {
                keys.add(matcher.group(1));
            }
        }
        return keys;
    }

    private static Map<String, String> ours(String app) {
        return labels("camunda-webapp/" + app + "/locales/vi.json");
    }

    private static Map<String, String> camundasEnglish(String app) {
        return labels(WEBJAR + "webjars/camunda/app/" + app + "/locales/en.json");
    }

    private static Map<String, String> labels(String resource) {
        try {
            Map<String, Object> locale = JSON.readValue(read(resource).replace("\uFEFF", ""), new TypeReference<>() {
            });
            return new TreeMap<>(JSON.convertValue(locale.get("labels"), new TypeReference<Map<String, String>>() {
            }));
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }

    private static String read(String resource) {
        try (InputStream in = WebappLocaleTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }
}
