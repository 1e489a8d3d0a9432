package vn.digitalteams.team;

import java.time.LocalDate;

/** A team's code, name, commune and the date of the decision that established it. */
public record TeamRef(String code, String name, String communeCode, LocalDate establishedOn) {
}
