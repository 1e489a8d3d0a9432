package vn.digitalteams.membership;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface WithdrawalCaseRepository extends JpaRepository<WithdrawalCase, Long> {

    Optional<WithdrawalCase> findByCommuneCodeAndCaseKey(String communeCode, String caseKey);
}
