package vn.digitalteams.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.digitalteams.IntegrationTest;
import vn.digitalteams.WebappLogin;

/** The Camunda webapps as a browser gets them: Vietnamese by default, and the demo users can log in. */
@IntegrationTest
class CamundaWebappTest {

    /** Identifiers, operators and literals that read the same in Vietnamese; the apps' names do not. */
    private static final Set<String> SAME_IN_VIETNAMESE = Set.of("Optimize", "ID", "ID*", "CSV", "JSON", "null",
            "<null>", "<", "<=", ">", ">=", "", "YYYY-MM-DDTHH:mm:ss");
    /** An import of one module by another, as our scripts write them (config.js's from digitalteams/). */
    private static final Pattern IMPORT = Pattern.compile("^import .* from '\\./([a-z/-]+\\.js)';$", Pattern.MULTILINE);
    /** An entry of config.js's customScripts. */
    private static final Pattern CUSTOM_SCRIPT = Pattern.compile("^\\s*'(scripts/digitalteams/[a-z-]+)',?$", Pattern.MULTILINE);

    @Autowired TestRestTemplate rest;
    @Autowired ObjectMapper json;

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void eachWebappTakesItsLocalesFromTheUsersChoiceVietnameseUnlessEnglishWasPicked(String app) throws Exception {
        String config = rest.getForObject("/camunda/app/" + app + "/scripts/config.js", String.class);
        ResponseEntity<String> language = rest.getForEntity("/camunda/app/" + app + "/scripts/digitalteams/language.js",
                String.class);

        assertThat(config).contains("import {locales} from './digitalteams/language.js';").contains("  locales,");
        assertThat(language.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(language.getHeaders().getContentType().toString()).startsWith("text/javascript");
        assertThat(language.getBody())
                .contains("export const locale = LANGUAGES.some(language => language.code === storedChoice()) ? storedChoice() : 'vi';")
                .contains("export const locales = {availableLocales: [locale], fallbackLocale: locale};")
                .contains("{code: 'vi', label: 'Tiếng Việt'}").contains("{code: 'en', label: 'English'}");
        // English, when chosen, is Camunda's own locale file.
        assertThat(locale(app, "en").get("labels").size()).isGreaterThan(100);
    }

    @ParameterizedTest
    @CsvSource({"tasklist, product-frame", "tasklist, commune-name", "tasklist, form-js-vi", "tasklist, form-fit",
            "tasklist, date-picker", "tasklist, unusable-controls", "tasklist, phone-layout", "tasklist, tasklist-work",
            "cockpit, product-frame", "cockpit, commune-name", "cockpit, small-screens", "cockpit, cockpit-vi",
            "admin, product-frame", "admin, commune-name", "admin, small-screens", "admin, vietnamese-names",
            "welcome, product-frame", "welcome, commune-name"})
    void eachWebappLoadsOurScriptsThroughItsCustomScripts(String app, String script) {
        String config = rest.getForObject("/camunda/app/" + app + "/scripts/config.js", String.class);

        assertThat(customScripts(config)).contains("scripts/digitalteams/" + script);
        assertThat(config).contains("import {app} from './digitalteams/product.js';").contains("  app: app('" + app + "'),");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void everyScriptAConfigLoadsIsServedWithTheModulesItImports(String app) {
        String config = rest.getForObject("/camunda/app/" + app + "/scripts/config.js", String.class);
        Deque<String> modules = new ArrayDeque<>();
        customScripts(config).forEach(script -> modules.add(script.substring("scripts/digitalteams/".length()) + ".js"));
        imports(config).forEach(module -> modules.add(module.substring("digitalteams/".length())));
        Set<String> served = new TreeSet<>();

        while (!modules.isEmpty()) {
            String module = modules.pop();
            if (served.add(module)) {
                ResponseEntity<String> script = rest.getForEntity("/camunda/app/" + app + "/scripts/digitalteams/" + module,
                        String.class);
                assertThat(script.getStatusCode()).as(module).isEqualTo(HttpStatus.OK);
                assertThat(script.getHeaders().getContentType().toString()).as(module).startsWith("text/javascript");
                modules.addAll(imports(script.getBody()));
            }
        }
        assertThat(served).contains("language.js", "product.js", "product-frame.js", "style-sheet.js", "translate.js");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void theVietnameseLocaleHasEveryKeyOfTheEnglishOne(String app) throws Exception {
        JsonNode english = locale(app, "en");
        JsonNode vietnamese = locale(app, "vi");

        // Keys beyond the English ones are checked against the apps' code by WebappLocaleTest.
        assertThat(fieldNames(vietnamese.get("labels"))).containsAll(fieldNames(english.get("labels")));
        assertThat(fieldNames(vietnamese.path("dateLocales"))).isEqualTo(fieldNames(english.path("dateLocales")));
        List<String> stillEnglish = fieldNames(english.get("labels")).stream()
                .filter(key -> english.get("labels").get(key).equals(vietnamese.get("labels").get(key)))
                .map(key -> english.get("labels").get(key).asText()).toList();
        assertThat(stillEnglish).isSubsetOf(SAME_IN_VIETNAMESE);
    }

    @ParameterizedTest
    @CsvSource({"chutich, tasklist", "totruong-ban-01, tasklist", "congan-tamthai, tasklist", "admin, cockpit"})
    void demoUsersLogIntoTheirWebapp(String user, String app) {
        ResponseEntity<Map> response = WebappLogin.login(rest, app, user).response();

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).containsEntry("userId", user);
        assertThat((Iterable<String>) response.getBody().get("authorizedApps")).contains(app);
    }

    private JsonNode locale(String app, String language) throws Exception {
        ResponseEntity<byte[]> response = rest.getForEntity("/camunda/app/" + app + "/locales/" + language + ".json", byte[].class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        String body = new String(response.getBody(), StandardCharsets.UTF_8).replace("\uFEFF", "");
        return json.readTree(body);
    }

    private static List<String> customScripts(String config) {
        return CUSTOM_SCRIPT.matcher(config).results().map(match -> match.group(1)).toList();
    }

    /** The modules a script imports, as paths relative to it ("digitalteams/language.js" from config.js). */
    private static List<String> imports(String script) {
        return IMPORT.matcher(script).results().map(match -> match.group(1)).toList();
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
