package vn.digitalteams.team;

import static vn.digitalteams.shared.UserFacingException.forbidden;
import static vn.digitalteams.shared.UserFacingException.invalid;
import static vn.digitalteams.shared.UserFacingException.notFound;

import org.springframework.stereotype.Component;

/** The team a leader acts for in a referral or a withdrawal proposal: in their commune, and led by them. */
@Component
class LedTeams {

    private final TeamRepository teams;

    LedTeams(TeamRepository teams) {
        this.teams = teams;
    }

    Team ledBy(String teamCode, String communeCode, String leaderUserId) {
        Team team = teams.findRosterByCode(teamCode).orElseThrow(() -> notFound("team.notFound", teamCode));
        if (!team.commune().code().equals(communeCode)) {
            throw invalid("referral.team.otherCommune", teamCode);
        }
        if (!team.isLedBy(leaderUserId)) {
            throw forbidden("referral.team.notLeader", team.name());
        }
        return team;
    }
}
