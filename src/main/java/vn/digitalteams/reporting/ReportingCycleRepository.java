package vn.digitalteams.reporting;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReportingCycleRepository extends JpaRepository<ReportingCycle, Long> {

    boolean existsByCommuneCodeAndPeriod(String communeCode, String period);

    /** Case keys are unique within a commune only. */
    Optional<ReportingCycle> findByCommuneCodeAndCaseKey(String communeCode, String caseKey);
}
