package vn.digitalteams.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/** Under the prod profile no cookie of a session goes out without HTTPS. */
class ProductionCookiesTest {

    @Test
    void theSessionAndCsrfCookiesAreSecureUnderProd() throws IOException {
        PropertySource<?> prod = new YamlPropertySourceLoader()
                .load("prod", new ClassPathResource("application-prod.yaml")).get(0);

        assertThat(prod.getProperty("server.servlet.session.cookie.secure")).isEqualTo(true);
        assertThat(prod.getProperty("camunda.bpm.webapp.session-cookie.enable-secure-cookie")).isEqualTo(true);
        assertThat(prod.getProperty("camunda.bpm.webapp.csrf.enable-secure-cookie")).isEqualTo(true);
    }
}
