package vn.digitalteams.scamreport;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ScamReportRepository extends JpaRepository<ScamReport, Long> {

    Optional<ScamReport> findByCommuneCodeAndCaseKey(String communeCode, String caseKey);

    Optional<ScamReport> findFirstByCommuneCodeInAndCaseKey(Collection<String> communeCodes, String caseKey);

    /** The commune's reports about one scammer contact in the given states, in case-key order. */
    List<ScamReport> findByCommuneCodeAndScammerContactKeyAndStatusInOrderByCaseKey(String communeCode,
            String scammerContactKey, Collection<ScamReport.Status> statuses);
}
