package vn.digitalteams.team;

public enum MembershipStatus {
    ACTIVE, WITHDRAWN
}
