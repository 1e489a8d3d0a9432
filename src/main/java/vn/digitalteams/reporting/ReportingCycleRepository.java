package vn.digitalteams.reporting;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReportingCycleRepository extends JpaRepository<ReportingCycle, Long> {

    boolean existsByCommuneCodeAndPeriod(String communeCode, String period);

    Optional<ReportingCycle> findByCaseKey(String caseKey);
}
