package vn.digitalteams.team;

/** One line of a commune's team list. Codes are lower-case in JSON, as in the REST contract. */
record TeamSummary(String code, String name, String level, String villageCode, String leader,
                   long memberCount, long collaboratorCount) {

    static TeamSummary of(Team team) {
        return new TeamSummary(team.code(), team.name(), team.level().name().toLowerCase(),
                team.village().map(Village::code).orElse(null),
                team.leader().map(m -> m.person().fullName()).orElse(null),
                team.activeMemberCount(), team.activeCollaboratorCount());
    }
}
