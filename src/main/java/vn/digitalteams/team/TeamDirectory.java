package vn.digitalteams.team;

import static vn.digitalteams.shared.UserFacingException.invalid;
import static vn.digitalteams.shared.UserFacingException.notFound;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Teams as other modules refer to them: establishing one, and finding a team, its village and its
 * leader, or the teams a user account acts for. Reads only, but for {@link #establish}.
 */
@Service
@Transactional(readOnly = true)
public class TeamDirectory {

    private final TeamRepository teams;
    private final Communes communes;

    TeamDirectory(TeamRepository teams, Communes communes) {
        this.teams = teams;
        this.communes = communes;
    }

    /** Records a team the Chairman established by decision; a village team names its village. */
    @Transactional
    public void establish(String communeCode, String villageCode, String teamCode, String teamName,
                          String decisionNumber, LocalDate decisionDate) {
        if (teams.existsByCode(teamCode)) {
            throw invalid("team.exists", teamCode);
        }
        Commune commune = communes.commune(communeCode);
        Village village = villageCode == null ? null : communes.village(commune, villageCode);
        TeamLevel level = village == null ? TeamLevel.COMMUNE : TeamLevel.VILLAGE;
        teams.save(new Team(teamCode, teamName, level, commune, village, decisionNumber, decisionDate));
    }

    /** A team by its code; refuses an unknown code (404). */
    public TeamRef team(String teamCode) {
        Team team = teams.findWithCommuneByCode(teamCode).orElseThrow(() -> notFound("team.notFound", teamCode));
        return new TeamRef(team.code(), team.name(), team.commune().code(), team.decisionDate());
    }

    /** The codes of the commune's teams, the commune-level team first; none for an unknown commune. */
    public List<String> teamCodesOf(String communeCode) {
        return teams.findCodesOfCommune(communeCode);
    }

    /**
     * The teams a user account acts for: those where its person is an active leader, deputy or member
     * (collaborators are not members of the team itself).
     */
    public List<String> teamCodesWithMember(String userId) {
        return userId == null ? List.of() : teams.findCodesWithMember(userId);
    }

    /** The team a leader means when they name none: the one they lead, if they lead exactly one. */
    public Optional<String> onlyTeamLedBy(String userId) {
        List<String> led = teams.findCodesLedBy(userId);
        return led.size() == 1 ? Optional.of(led.get(0)) : Optional.empty();
    }

    /** The commune's village teams with their villages and leaders, in code order: who reports for which village. */
    public List<VillageTeam> villageTeamsOf(String communeCode) {
        return teams.findRosterOfCommune(communeCode).stream()
                .filter(team -> team.level() == TeamLevel.VILLAGE)
                .map(TeamDirectory::villageTeam)
                .toList();
    }

    /** One of the commune's village teams, in one query; refuses a code that is not one (404). */
    public VillageTeam villageTeam(String communeCode, String teamCode) {
        return teams.findRosterByCode(teamCode)
                .filter(team -> team.level() == TeamLevel.VILLAGE && team.commune().code().equals(communeCode))
                .map(TeamDirectory::villageTeam)
                .orElseThrow(() -> notFound("team.notFound", teamCode));
    }

    private static VillageTeam villageTeam(Team team) {
        return new VillageTeam(team.code(), team.name(), team.village().orElseThrow().name(),
                team.leader().map(leader -> leader.person().userId()).orElse(null));
    }
}
