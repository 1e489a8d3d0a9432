package vn.digitalteams.scamreport;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.digitalteams.identity.ProcessStarters;
import vn.digitalteams.identity.Role;

/**
 * Any team member with an account files scam reports for residents; only the police see them while they
 * are handled (candidate groups and the commune tenant), and the filer gets them back to close out.
 */
@Configuration
class ScamReportStarters {

    @Bean
    ProcessStarters reportStarters() {
        return new ProcessStarters(ScamReportIntake.PROCESS_KEY, Set.of(Role.COMMUNE_LEADER, Role.VILLAGE_LEADER, Role.OFFICER));
    }
}
