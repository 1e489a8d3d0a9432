package vn.digitalteams.team;

public enum MembershipRole {
    LEADER, DEPUTY, MEMBER, COLLABORATOR;

    /** Leader, deputy and members count towards the team's limit of ten; collaborators do not. */
    boolean countsTowardsLimit() {
        return this != COLLABORATOR;
    }
}
