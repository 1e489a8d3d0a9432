package vn.digitalteams.documents;

import java.util.Set;

import org.springframework.stereotype.Component;

import vn.digitalteams.identity.CurrentUser;
import vn.digitalteams.identity.Role;
import vn.digitalteams.team.TeamDirectory;

/**
 * Who reads which issued documents, each only what their role in their commune needs: the Chairman,
 * vice-chairman, officers and the commune team's leader read every document of their commune; a
 * village leader reads the decisions about their own team; the police read none (a scam report issues
 * no document, and membership decisions are not police business). Admins read everything.
 */
@Component
class DocumentReaders {

    static final Set<Role> COMMUNE_WIDE = Set.of(Role.CHAIRMAN, Role.VICE_CHAIRMAN, Role.OFFICER, Role.COMMUNE_LEADER);

    private final CurrentUser currentUser;
    private final TeamDirectory teams;

    DocumentReaders(CurrentUser currentUser, TeamDirectory teams) {
        this.currentUser = currentUser;
        this.teams = teams;
    }

    boolean mayRead(String communeCode, String teamCode) {
        if (currentUser.isAdmin()) {
            return true;
        }
        if (!currentUser.communes().contains(communeCode)) {
            return false;
        }
        if (COMMUNE_WIDE.stream().anyMatch(currentUser::hasRole)) {
            return true;
        }
        return teamCode != null && currentUser.hasRole(Role.VILLAGE_LEADER)
                && teams.teamCodesWithMember(currentUser.id()).contains(teamCode);
    }
}
