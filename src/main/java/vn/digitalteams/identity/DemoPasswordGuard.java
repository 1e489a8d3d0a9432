package vn.digitalteams.identity;

import java.util.Set;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Refuses to start, before anything touches the database, when demo credentials could reach a real
 * deployment: the {@code prod} profile together with {@code demo}, or any start without the demo
 * profile whose admin password is unset or a well-known one. Registered in META-INF/spring.factories
 * because it must run before the engine creates the admin user.
 */
class DemoPasswordGuard implements EnvironmentPostProcessor {

    static final String ADMIN_PASSWORD = "camunda.bpm.admin-user.password";
    private static final Set<String> WELL_KNOWN = Set.of("demo", "admin", "password", "camunda", "123456", "12345678");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean demo = environment.acceptsProfiles(Profiles.of("demo"));
        if (environment.acceptsProfiles(Profiles.of("prod")) && demo) {
            throw new IllegalStateException("Refusing to start: profile 'prod' must never run with 'demo' "
                    + "(demo users share the password 'demo')");
        }
        if (demo) {
            return;
        }
        String password = environment.getProperty(ADMIN_PASSWORD, "");
        if (password.isBlank()) {
            throw new IllegalStateException("Refusing to start: set ADMIN_PASSWORD "
                    + "(the password of the 'admin' user) outside the demo profile");
        }
        if (WELL_KNOWN.contains(password.toLowerCase()) || password.length() < 12) {
            throw new IllegalStateException("Refusing to start: ADMIN_PASSWORD is a demo or well-known "
                    + "password or shorter than 12 characters");
        }
    }
}
