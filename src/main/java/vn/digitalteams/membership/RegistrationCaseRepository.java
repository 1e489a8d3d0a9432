package vn.digitalteams.membership;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface RegistrationCaseRepository extends JpaRepository<RegistrationCase, Long> {

    Optional<RegistrationCase> findByCommuneCodeAndCaseKey(String communeCode, String caseKey);

    /** The case still awaiting the Chairman that refers this person to this team, if any. */
    Optional<RegistrationCase> findFirstByTeamCodeAndCitizenIdAndStatus(String teamCode, String citizenId,
                                                                        RegistrationCase.Status status);

    /** Every commune's cases with this key: only an admin, who belongs to no commune, looks them up so. */
    List<RegistrationCase> findByCaseKey(String caseKey);
}
