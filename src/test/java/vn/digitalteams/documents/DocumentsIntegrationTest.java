package vn.digitalteams.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.digitalteams.documents.SampleDecisions.admission;
import static vn.digitalteams.documents.SampleDecisions.newCaseKey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import vn.digitalteams.IntegrationTest;

/**
 * Numbering through the real service and database (H2, or PostgreSQL in CI). Numbers are compared with
 * the sequence as the test found it, so the tests hold on a database other tests have written to.
 */
@IntegrationTest
class DocumentsIntegrationTest {

    private static final LocalDate ISSUED_ON = LocalDate.of(2027, 3, 5);

    @Autowired Documents documents;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transaction;

    @Test
    void issuingTheSameCaseAgainReturnsTheSameDocumentAndSpendsNoNumber() {
        int before = lastNumber("tam-quang", 2027);
        String caseKey = newCaseKey();

        IssuedDocument first = documents.issue(admission("tam-quang", "Tam Quang", caseKey, ISSUED_ON));
        IssuedDocument again = documents.issue(admission("tam-quang", "Tam Quang", caseKey, ISSUED_ON.plusDays(1)));
        IssuedDocument next = documents.issue(admission("tam-quang", "Tam Quang", newCaseKey(), ISSUED_ON));

        assertThat(again).isEqualTo(first);
        assertThat(first.number()).isEqualTo((before + 1) + "/QĐ-UBND");
        assertThat(next.number()).isEqualTo((before + 2) + "/QĐ-UBND");
        assertThat(documents.ofCase(caseKey)).containsExactly(first);
    }

    @Test
    void theIssueDateIsStoredAsTheCalendarDayItIs() {
        IssuedDocument issued = documents.issue(admission("tam-quang", "Tam Quang", newCaseKey(), ISSUED_ON));

        assertThat(issued.issuedOn()).isEqualTo(ISSUED_ON);
        assertThat(jdbc.queryForObject("select cast(issued_on as varchar(10)) from document where id = ?",
                String.class, issued.id())).isEqualTo("2027-03-05");
    }

    @Test
    void theSameCaseMayHaveADecisionOfEachType() {
        String caseKey = newCaseKey();
        DecisionContent admission = admission("tam-quang", "Tam Quang", caseKey, ISSUED_ON);
        DecisionContent withdrawal = new DecisionContent(admission.communeCode(), admission.communeName(), caseKey,
                DocumentType.WITHDRAWAL_DECISION, admission.issuedOn(), "Về việc thôi công nhận thành viên",
                admission.legalBases(), admission.proposal(), List.of("Thôi công nhận bà Lò Thị Ánh Nguyệt."),
                Signer.VICE_CHAIRMAN, "Võ Thị Tuyết Chinh", List.of());

        IssuedDocument admitted = documents.issue(admission);
        IssuedDocument withdrawn = documents.issue(withdrawal);

        assertThat(withdrawn.id()).isNotEqualTo(admitted.id());
        assertThat(documents.ofCase(caseKey)).containsExactly(admitted, withdrawn);
    }

    @Test
    void eachCommuneNumbersItsOwnDecisionsAndEachYearStartsAgain() {
        int tamQuang = lastNumber("tam-quang", 2028);
        int tamThai = lastNumber("tam-thai", 2028);
        String newCommune = "test-" + UUID.randomUUID().toString().substring(0, 8);

        List<String> numbers = List.of(
                issue("tam-quang", LocalDate.of(2028, 1, 10)), issue("tam-quang", LocalDate.of(2028, 6, 1)),
                issue("tam-thai", LocalDate.of(2028, 6, 2)), issue("tam-quang", LocalDate.of(2028, 12, 31)),
                issue(newCommune, LocalDate.of(2028, 7, 1)), issue(newCommune, LocalDate.of(2029, 1, 2)));

        assertThat(numbers).containsExactly((tamQuang + 1) + "/QĐ-UBND", (tamQuang + 2) + "/QĐ-UBND",
                (tamThai + 1) + "/QĐ-UBND", (tamQuang + 3) + "/QĐ-UBND", "1/QĐ-UBND", "1/QĐ-UBND");
    }

    @Test
    void aRolledBackIssueGivesItsNumberBack() {
        String commune = "test-" + UUID.randomUUID().toString().substring(0, 8);
        String caseKey = newCaseKey();

        String rolledBack = transaction.execute(status -> {
            String number = documents.issue(admission(commune, "Thử", caseKey, ISSUED_ON)).number();
            status.setRollbackOnly();
            return number;
        });

        assertThat(rolledBack).isEqualTo("1/QĐ-UBND");
        assertThat(documents.ofCase(caseKey)).isEmpty();
        assertThat(documents.issue(admission(commune, "Thử", caseKey, ISSUED_ON)).number()).isEqualTo("1/QĐ-UBND");
    }

    @Test
    void concurrentIssuesOfOneCommuneGetDistinctConsecutiveNumbers() throws Exception {
        // A commune with no sequence yet: the threads also race to create it.
        String commune = "test-" + UUID.randomUUID().toString().substring(0, 8);
        int threads = 8;
        documents.draft(admission(commune, "Thử", newCaseKey(), ISSUED_ON)); // fonts and classes loaded
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<String>> issued = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                issued.add(pool.submit(() -> {
                    start.await();
                    return transaction.execute(status ->
                            documents.issue(admission(commune, "Thử", newCaseKey(), ISSUED_ON)).number());
                }));
            }
            start.countDown();
            List<String> numbers = new ArrayList<>();
            for (Future<String> number : issued) {
                numbers.add(number.get(60, TimeUnit.SECONDS));
            }

            assertThat(numbers).containsExactlyInAnyOrderElementsOf(
                    IntStream.rangeClosed(1, threads).mapToObj(n -> n + "/QĐ-UBND").toList());
            assertThat(lastNumber(commune, ISSUED_ON.getYear())).isEqualTo(threads);
        } finally {
            pool.shutdownNow();
        }
    }

    private String issue(String commune, LocalDate issuedOn) {
        return documents.issue(admission(commune, "Tam Quang", newCaseKey(), issuedOn)).number();
    }

    private int lastNumber(String commune, int year) {
        return jdbc.queryForList("select last_number from document_sequence where commune_code = ? and issue_year = ?",
                Integer.class, commune, year).stream().findFirst().orElse(0);
    }
}
