package vn.digitalteams.documents;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface DocumentSequenceRepository extends JpaRepository<DocumentSequence, Long> {

    /** SELECT ... FOR UPDATE: the row stays locked until the transaction ends, on H2 and PostgreSQL alike. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("""
            select s from DocumentSequence s
            where s.communeCode = :communeCode and s.series = :series and s.issueYear = :year""")
    Optional<DocumentSequence> findForUpdate(String communeCode, DocumentSeries series, int year);
}
