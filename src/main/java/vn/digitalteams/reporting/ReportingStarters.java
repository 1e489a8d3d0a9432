package vn.digitalteams.reporting;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.digitalteams.identity.CommunelessProcess;
import vn.digitalteams.identity.ProcessStarters;
import vn.digitalteams.identity.Role;

/**
 * Team members with an account record their team's activities (the start listener checks the team is
 * theirs); the Chairman, the vice-chairman or the commune team's leader open a reporting cycle on request,
 * the schedule opens the rest, from an instance of its own that belongs to no commune.
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

    /** The reporting calendar: one instance opens every commune's cycle, so it belongs to none. */
    @Bean
    CommunelessProcess reportingCalendar() {
        return new CommunelessProcess(PeriodicReportScheduleVariables.PROCESS_KEY);
    }
}
