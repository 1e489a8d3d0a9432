package vn.digitalteams.team;

public enum TeamLevel {
    COMMUNE, VILLAGE
}
