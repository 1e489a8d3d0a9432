package vn.digitalteams;

import org.springframework.test.context.ActiveProfilesResolver;

/**
 * Integration tests run with demo data on H2, or on PostgreSQL when CI sets TEST_DATABASE=postgres
 * (the same tests, the same migrations).
 */
public class TestProfiles implements ActiveProfilesResolver {

    @Override
    public String[] resolve(Class<?> testClass) {
        return "postgres".equals(System.getenv("TEST_DATABASE"))
                ? new String[] {"test", "demo", "postgres"}
                : new String[] {"test", "demo"};
    }
}
