package vn.digitalteams.team;

import static vn.digitalteams.shared.UserFacingException.notFound;

import java.util.List;

import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.digitalteams.identity.CurrentUser;

/** Read API of teams and their rosters, scoped to the caller's commune. */
@RestController
@RequestMapping("/api/teams")
@Transactional(readOnly = true)
class TeamController {

    private final TeamRepository teams;
    private final CommuneRepository communes;
    private final CurrentUser currentUser;

    TeamController(TeamRepository teams, CommuneRepository communes, CurrentUser currentUser) {
        this.teams = teams;
        this.communes = communes;
        this.currentUser = currentUser;
    }

    @GetMapping
    List<TeamSummary> list(@RequestParam(name = "commune", required = false) String communeCode) {
        String commune = currentUser.communeToRead(communeCode);
        if (communes.findByCode(commune).isEmpty()) {
            throw notFound("commune.notFound", commune);
        }
        return teams.findRosterOfCommune(commune).stream().map(TeamSummary::of).toList();
    }

    @GetMapping("/{teamCode}")
    TeamDetails show(@PathVariable String teamCode) {
        Team team = teams.findRosterByCode(teamCode).orElseThrow(() -> notFound("team.notFound", teamCode));
        currentUser.requireAccessTo(team.commune().code());
        return TeamDetails.of(team);
    }
}
