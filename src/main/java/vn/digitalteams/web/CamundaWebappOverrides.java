package vn.digitalteams.web;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves our Vietnamese locale and the webapps' config.js (Vietnamese as the default locale) in
 * place of Camunda's, and our scripts under each webapp's {@code scripts/digitalteams/} (the language
 * choice and the translations of texts Camunda does not take from its locale files), one copy for all
 * webapps. They live outside META-INF/ on purpose: the repackaged jar moves META-INF/ entries out of
 * the class path, so overrides there vanish under {@code java -jar}. These patterns are more specific
 * than the starter's {@code /camunda/app/**}, so Spring MVC prefers them. Camunda's own English
 * locale ({@code locales/en.json}) is still served by the starter.
 */
@Configuration
class CamundaWebappOverrides implements WebMvcConfigurer {

    static final List<String> WEBAPPS = List.of("tasklist", "cockpit", "admin", "welcome");
    private static final String LOCATION = "classpath:/camunda-webapp/";

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        // Camunda loads them under a fixed "?bust=7.24.0": without revalidation a browser would keep last
        // release's scripts after an upgrade of ours.
        registry.addResourceHandler("/camunda/app/*/scripts/config.js", "/camunda/app/*/locales/vi.json")
                .addResourceLocations(LOCATION).setCacheControl(CacheControl.noCache());
        for (String webapp : WEBAPPS) {
            registry.addResourceHandler("/camunda/app/" + webapp + "/scripts/digitalteams/*.js")
                    .addResourceLocations(LOCATION + "digitalteams/").setCacheControl(CacheControl.noCache());
        }
    }
}
