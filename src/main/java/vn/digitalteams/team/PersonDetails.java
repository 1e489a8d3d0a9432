package vn.digitalteams.team;

import java.time.LocalDate;

/**
 * What a referral says about a person, as typed: validated when the person is registered.
 *
 * @param villageCode the village of residence within the team's commune (ban-01), or null
 * @param userId      the person's Camunda user id when they have an account, or null
 */
public record PersonDetails(String fullName, LocalDate birthDate, Gender gender, String phone,
                            String citizenId, String villageCode, String occupation, boolean isStudent,
                            String userId) {

    /** The same person, linked to their user account. */
    public PersonDetails withUserId(String accountId) {
        return new PersonDetails(fullName, birthDate, gender, phone, citizenId, villageCode, occupation, isStudent,
                accountId);
    }
}
