package vn.digitalteams;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/** The application starts on the configured database with its migrations applied and demo data in. */
@IntegrationTest
class ApplicationStartupTest {

    @Autowired TestRestTemplate rest;
    @Autowired JdbcTemplate jdbc;
    @Autowired IdentityService identityService;

    @Test
    void healthIsUpWithoutLoggingIn() {
        assertThat(rest.getForObject("/actuator/health", Map.class)).containsEntry("status", "UP");
    }

    @Test
    void flywayAppliedEveryMigration() {
        assertThat(jdbc.queryForObject("select count(*) from \"flyway_schema_history\" where \"success\" = false", Long.class))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from \"flyway_schema_history\" where \"version\" = '1'", Long.class))
                .isEqualTo(1);
    }

    @Test
    void demoDataHoldsBothCommunesTheirTeamsAndUsers() {
        assertThat(jdbc.queryForList("select code from commune order by code", String.class))
                .containsExactly("tam-quang", "tam-thai");
        assertThat(jdbc.queryForObject("select count(*) from village v join commune c on c.id = v.commune_id "
                + "where c.code = 'tam-quang'", Long.class)).isEqualTo(18);
        assertThat(identityService.createTenantQuery().list()).extracting("id")
                .containsExactlyInAnyOrder("tam-quang", "tam-thai");
        assertThat(identityService.createUserQuery().memberOfTenant("tam-quang").count()).isEqualTo(24);
        assertThat(identityService.createUserQuery().memberOfGroup("village-leader").memberOfTenant("tam-quang").count())
                .isEqualTo(18);
        assertThat(jdbc.queryForObject("select user_id from person p join membership m on m.person_id = p.id "
                + "join team t on t.id = m.team_id where t.code = 'tam-quang-ban-07' and m.role = 'LEADER'", String.class))
                .isEqualTo("totruong-ban-07");
    }
}
