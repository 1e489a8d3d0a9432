package vn.digitalteams.team;

import java.text.Collator;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

import vn.digitalteams.shared.Messages;

/** A team with its roster: members (leader, deputy, members) and its collaborator group. */
record TeamDetails(String code, String name, String level, String communeCode, String villageCode,
                   String villageName, String decisionNumber, LocalDate decisionDate, String leader,
                   String deputy, long memberCount, long collaboratorCount, List<Member> members,
                   List<Member> collaborators) {

    /** Active people first, then by role (leader, deputy, member) and name. */
    private static final Comparator<Membership> ROSTER_ORDER = Comparator
            .comparing(Membership::status)
            .thenComparing(Membership::role)
            .thenComparing(m -> m.person().fullName(), Collator.getInstance(Messages.VIETNAMESE));

    static TeamDetails of(Team team) {
        Predicate<Membership> collaborator = m -> m.role() == MembershipRole.COLLABORATOR;
        return new TeamDetails(team.code(), team.name(), team.level().name().toLowerCase(),
                team.commune().code(), team.village().map(Village::code).orElse(null),
                team.village().map(Village::name).orElse(null), team.decisionNumber(), team.decisionDate(),
                team.leader().map(m -> m.person().fullName()).orElse(null),
                team.deputy().map(m -> m.person().fullName()).orElse(null),
                team.activeMemberCount(), team.activeCollaboratorCount(),
                roster(team, collaborator.negate()), roster(team, collaborator));
    }

    private static List<Member> roster(Team team, Predicate<Membership> which) {
        return team.memberships().stream().filter(which).sorted(ROSTER_ORDER).map(Member::of).toList();
    }

    record Member(String fullName, String role, String status, LocalDate joinedOn, LocalDate leftOn) {

        static Member of(Membership membership) {
            return new Member(membership.person().fullName(), membership.role().name().toLowerCase(),
                    membership.status().name().toLowerCase(), membership.joinedOn(), membership.leftOn());
        }
    }
}
