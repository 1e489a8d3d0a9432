package vn.digitalteams.scamreport;

import org.springframework.data.jpa.repository.JpaRepository;

interface ScamReporterRepository extends JpaRepository<ScamReporter, Long> {
}
