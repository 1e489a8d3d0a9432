package vn.digitalteams.team;

/** A village team, its village's name and its leader's user account (null when the leader has none). */
public record VillageTeam(String code, String name, String villageName, String leaderUserId) {
}
