package vn.digitalteams.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.digitalteams.documents.SampleDecisions.admission;
import static vn.digitalteams.documents.SampleDecisions.newCaseKey;
import static vn.digitalteams.documents.SampleReports.newCommune;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
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
        assertThat(first.number()).isEqualTo(decision(before + 1));
        assertThat(next.number()).isEqualTo(decision(before + 2));
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
        DecisionContent withdrawal = new DecisionContent(admission.communeCode(), admission.communeName(), caseKey, admission.teamCode(),
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
        String unnumbered = newCommune();

        List<String> numbers = List.of(
                issue("tam-quang", LocalDate.of(2028, 1, 10)), issue("tam-quang", LocalDate.of(2028, 6, 1)),
                issue("tam-thai", LocalDate.of(2028, 6, 2)), issue("tam-quang", LocalDate.of(2028, 12, 31)),
                issue(unnumbered, LocalDate.of(2028, 7, 1)), issue(unnumbered, LocalDate.of(2029, 1, 2)));

        assertThat(numbers).containsExactly(decision(tamQuang + 1), decision(tamQuang + 2), decision(tamThai + 1),
                decision(tamQuang + 3), "01/QĐ-UBND", "01/QĐ-UBND");
    }

    @Test
    void aRolledBackIssueGivesItsNumberBack() {
        String commune = newCommune();
        String caseKey = newCaseKey();

        String rolledBack = transaction.execute(status -> {
            String number = documents.issue(admission(commune, "Thử", caseKey, ISSUED_ON)).number();
            status.setRollbackOnly();
            return number;
        });

        assertThat(rolledBack).isEqualTo("01/QĐ-UBND");
        assertThat(documents.ofCase(caseKey)).isEmpty();
        assertThat(documents.issue(admission(commune, "Thử", caseKey, ISSUED_ON)).number()).isEqualTo("01/QĐ-UBND");
    }

    @Test
    void concurrentIssuesOfOneCommuneGetDistinctConsecutiveNumbers() throws Exception {
        // A commune with no sequence yet: the threads also race to create it.
        String commune = newCommune();
        int threads = 8;
        documents.draft(admission(commune, "Thử", newCaseKey(), ISSUED_ON)); // fonts and classes loaded

        List<String> numbers = concurrently(threads,
                thread -> documents.issue(admission(commune, "Thử", newCaseKey(), ISSUED_ON)).number());

        assertThat(numbers).containsExactlyInAnyOrderElementsOf(
                IntStream.rangeClosed(1, threads).mapToObj(DocumentsIntegrationTest::decision).toList());
        assertThat(lastNumber(commune, ISSUED_ON.getYear())).isEqualTo(threads);
    }

    @Test
    void decisionsAndReportsAreNumberedEachInTheirOwnSeriesPerCommuneAndYear() {
        String commune = newCommune();
        String other = newCommune();

        List<String> numbers = List.of(
                issue(commune, LocalDate.of(2028, 1, 10)), report(commune, LocalDate.of(2028, 1, 31)),
                issue(commune, LocalDate.of(2028, 2, 3)), report(commune, LocalDate.of(2028, 2, 28)),
                report(other, LocalDate.of(2028, 2, 28)), issue(other, LocalDate.of(2028, 3, 1)),
                report(commune, LocalDate.of(2029, 1, 31)), issue(commune, LocalDate.of(2029, 2, 1)));

        assertThat(numbers).containsExactly("01/QĐ-UBND", "01/BC-UBND", "02/QĐ-UBND", "02/BC-UBND",
                "01/BC-UBND", "01/QĐ-UBND", "01/BC-UBND", "01/QĐ-UBND");
        assertThat(lastNumber(commune, "QD", 2028)).isEqualTo(2);
        assertThat(lastNumber(commune, "BC", 2028)).isEqualTo(2);
        assertThat(jdbc.queryForList("select series from document where commune_code = ? and issue_year = 2028 "
                + "order by id", String.class, commune)).containsExactly("QD", "BC", "QD", "BC");
    }

    @Test
    void issuingTheSameReportAgainReturnsTheSameReportAndSpendsNoNumber() {
        String commune = newCommune();
        String caseKey = SampleReports.newCaseKey();

        IssuedDocument first = documents.issueReport(SampleReports.report(commune, caseKey, ISSUED_ON));
        IssuedDocument again = documents.issueReport(SampleReports.report(commune, caseKey, ISSUED_ON.plusDays(3)));
        IssuedDocument next = documents.issueReport(SampleReports.report(commune, SampleReports.newCaseKey(), ISSUED_ON));

        assertThat(again).isEqualTo(first);
        assertThat(first.number()).isEqualTo("01/BC-UBND");
        assertThat(first.type()).isEqualTo(DocumentType.PERIODIC_REPORT);
        assertThat(next.number()).isEqualTo("02/BC-UBND");
        assertThat(documents.ofCase(caseKey)).containsExactly(first);
        assertThat(lastNumber(commune, "BC", ISSUED_ON.getYear())).isEqualTo(2);
        assertThat(lastNumber(commune, "QD", ISSUED_ON.getYear())).isZero();
    }

    @Test
    void aRolledBackReportGivesItsNumberBack() {
        String commune = newCommune();
        String caseKey = SampleReports.newCaseKey();

        String rolledBack = transaction.execute(status -> {
            String number = documents.issueReport(SampleReports.report(commune, caseKey, ISSUED_ON)).number();
            status.setRollbackOnly();
            return number;
        });

        assertThat(rolledBack).isEqualTo("01/BC-UBND");
        assertThat(documents.ofCase(caseKey)).isEmpty();
        assertThat(documents.issueReport(SampleReports.report(commune, caseKey, ISSUED_ON)).number())
                .isEqualTo("01/BC-UBND");
    }

    @Test
    void concurrentDecisionsAndReportsOfOneCommuneGetDistinctConsecutiveNumbersInEachSeries() throws Exception {
        String commune = newCommune();
        int each = 3;
        documents.draft(SampleReports.report(commune, SampleReports.newCaseKey(), ISSUED_ON)); // classes loaded

        List<String> numbers = concurrently(2 * each, thread -> thread % 2 == 0
                ? documents.issueReport(SampleReports.report(commune, SampleReports.newCaseKey(), ISSUED_ON)).number()
                : documents.issue(admission(commune, "Thử", newCaseKey(), ISSUED_ON)).number());

        List<String> expected = new ArrayList<>();
        IntStream.rangeClosed(1, each).forEach(n -> expected.addAll(List.of(decision(n), number(n, "BC"))));
        assertThat(numbers).containsExactlyInAnyOrderElementsOf(expected);
    }

    /** {@code issue} run by {@code threads} threads at once, each in its own transaction; what each gave. */
    private List<String> concurrently(int threads, IntFunction<String> issue) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<String>> issued = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int thread = i;
                issued.add(pool.submit(() -> {
                    start.await();
                    return transaction.execute(status -> issue.apply(thread));
                }));
            }
            start.countDown();
            List<String> numbers = new ArrayList<>();
            for (Future<String> number : issued) {
                numbers.add(number.get(120, TimeUnit.SECONDS));
            }
            return numbers;
        } finally {
            pool.shutdownNow();
        }
    }

    private String report(String commune, LocalDate issuedOn) {
        return documents.issueReport(SampleReports.report(commune, SampleReports.newCaseKey(), issuedOn)).number();
    }

    private String issue(String commune, LocalDate issuedOn) {
        return documents.issue(admission(commune, "Tam Quang", newCaseKey(), issuedOn)).number();
    }

    private static String decision(int n) {
        return number(n, "QĐ");
    }

    /** Number {@code n} of a series as printed, "09/QĐ-UBND", "12/BC-UBND": spelt out here, not by the code under test. */
    private static String number(int n, String series) {
        return (n < 10 ? "0" + n : String.valueOf(n)) + "/" + series + "-UBND";
    }

    private int lastNumber(String commune, int year) {
        return lastNumber(commune, "QD", year);
    }

    private int lastNumber(String commune, String series, int year) {
        return jdbc.queryForList("select last_number from document_sequence "
                        + "where commune_code = ? and series = ? and issue_year = ?",
                Integer.class, commune, series, year).stream().findFirst().orElse(0);
    }
}
