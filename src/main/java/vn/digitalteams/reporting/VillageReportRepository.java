package vn.digitalteams.reporting;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface VillageReportRepository extends JpaRepository<VillageReport, Long> {

    Optional<VillageReport> findByCycleIdAndTeamCode(Long cycleId, String teamCode);

    List<VillageReport> findByCycleIdOrderByTeamCode(Long cycleId);
}
