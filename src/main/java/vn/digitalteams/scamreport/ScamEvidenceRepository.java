package vn.digitalteams.scamreport;

import org.springframework.data.jpa.repository.JpaRepository;

interface ScamEvidenceRepository extends JpaRepository<ScamEvidence, Long> {
}
