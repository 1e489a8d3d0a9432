package vn.digitalteams.documents;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DocumentRepository extends JpaRepository<Document, Long> {

    /** Lists and look-ups never load the PDF or Excel bytes (the export's hash says whether there is one). */
    @Query("""
            select new vn.digitalteams.documents.DocumentEntry(d.id, d.communeCode, d.teamCode, d.type, d.number, d.issuedOn,
                case when d.xlsxSha256 is not null then true else false end)
            from Document d where d.caseKey = :caseKey order by d.id""")
    List<DocumentEntry> findEntriesOfCase(String caseKey);

    @Query("""
            select new vn.digitalteams.documents.DocumentEntry(d.id, d.communeCode, d.teamCode, d.type, d.number, d.issuedOn,
                case when d.xlsxSha256 is not null then true else false end)
            from Document d where d.communeCode = :communeCode and d.caseKey = :caseKey and d.type = :type""")
    Optional<DocumentEntry> findEntry(String communeCode, String caseKey, DocumentType type);
}
