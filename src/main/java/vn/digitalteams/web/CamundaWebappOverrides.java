package vn.digitalteams.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves our Vietnamese locale and the webapps' config.js (Vietnamese as the default locale) in
 * place of Camunda's. They live outside META-INF/ on purpose: the repackaged jar moves META-INF/
 * entries out of the class path, so overrides there vanish under {@code java -jar}. These patterns
 * are more specific than the starter's {@code /camunda/app/**}, so Spring MVC prefers them.
 */
@Configuration
class CamundaWebappOverrides implements WebMvcConfigurer {

    private static final String LOCATION = "classpath:/camunda-webapp/";

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/camunda/app/*/scripts/config.js", "/camunda/app/*/locales/vi.json")
                .addResourceLocations(LOCATION);
    }
}
