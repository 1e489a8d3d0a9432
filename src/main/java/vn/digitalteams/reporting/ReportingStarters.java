package vn.digitalteams.reporting;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.digitalteams.identity.ProcessStarters;
import vn.digitalteams.identity.Role;

/**
 * Team members with an account record their team's activities (the start listener checks the team is
 * theirs); the Chairman, the vice-chairman or the commune team's leader open a reporting cycle on request,
 * the schedule opens the rest.
 */
@Configuration
class ReportingStarters {

    @Bean
    ProcessStarters activityRecordStarters() {
        return new ProcessStarters(ActivityRecordVariables.PROCESS_KEY, Set.of(Role.COMMUNE_LEADER, Role.VILLAGE_LEADER, Role.OFFICER));
    }

    @Bean
    ProcessStarters periodicReportStarters() {
        return new ProcessStarters(PeriodicReportVariables.PROCESS_KEY, Set.copyOf(CycleIntake.REQUESTERS));
    }
}
