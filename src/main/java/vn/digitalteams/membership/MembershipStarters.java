package vn.digitalteams.membership;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.digitalteams.identity.ProcessStarters;
import vn.digitalteams.identity.Role;

/** Leaders refer residents and propose withdrawals, from Tasklist or engine REST (the plan: the leader refers). */
@Configuration
class MembershipStarters {

    static final Set<Role> LEADERS = Set.of(Role.COMMUNE_LEADER, Role.VILLAGE_LEADER);

    @Bean
    ProcessStarters registrationStarters() {
        return new ProcessStarters(MembershipCases.REGISTRATION, LEADERS);
    }

    @Bean
    ProcessStarters withdrawalStarters() {
        return new ProcessStarters(MembershipCases.WITHDRAWAL, LEADERS);
    }
}
