package vn.digitalteams.identity;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import vn.digitalteams.DigitalTeamsApplication;

class DemoPasswordGuardTest {

    private final DemoPasswordGuard guard = new DemoPasswordGuard();

    @Test
    void prodRefusesToStartWithTheDemoPassword() {
        SpringApplication app = new SpringApplication(DigitalTeamsApplication.class);

        assertThatThrownBy(() -> app.run("--spring.profiles.active=prod", "--camunda.bpm.admin-user.password=demo"))
                .hasMessage("Refusing to start: ADMIN_PASSWORD is a demo or well-known password "
                        + "or shorter than 12 characters");
    }

    @Test
    void prodRefusesToStartWithoutAnAdminPassword() {
        assertThatThrownBy(() -> guard.postProcessEnvironment(environment("prod"), null))
                .hasMessageContaining("set ADMIN_PASSWORD");
    }

    @Test
    void prodNeverRunsWithTheDemoProfile() {
        assertThatThrownBy(() -> guard.postProcessEnvironment(
                environment("prod", "demo").withProperty(DemoPasswordGuard.ADMIN_PASSWORD, "a-long-real-secret-42"), null))
                .hasMessageContaining("'prod' must never run with 'demo'");
    }

    @Test
    void prodStartsWithARealPassword() {
        assertThatCode(() -> guard.postProcessEnvironment(
                environment("prod").withProperty(DemoPasswordGuard.ADMIN_PASSWORD, "a-long-real-secret-42"), null))
                .doesNotThrowAnyException();
    }

    @Test
    void theDemoProfileMayUseTheDemoPassword() {
        assertThatCode(() -> guard.postProcessEnvironment(
                environment("demo").withProperty(DemoPasswordGuard.ADMIN_PASSWORD, "demo"), null))
                .doesNotThrowAnyException();
    }

    private static MockEnvironment environment(String... profiles) {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles(profiles);
        return environment;
    }
}
