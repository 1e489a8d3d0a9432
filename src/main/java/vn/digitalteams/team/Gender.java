package vn.digitalteams.team;

public enum Gender {
    MALE, FEMALE, OTHER
}
