package vn.digitalteams.shared;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out readable case numbers such as {@code TV-2026-0001}, unique per commune, kind and year.
 * The counter row is locked until the caller's transaction ends, so concurrent starts (on any node)
 * queue for it; a start that fails rolls its number back with everything else, leaving no gap.
 */
@Component
public class CaseNumbers {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate separateTransaction;

    CaseNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.separateTransaction = new TransactionTemplate(transactionManager);
        this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public String next(String communeCode, String prefix, int year) {
        ensureCounter(communeCode, prefix, year);
        int next = jdbc.queryForObject("select last_value from case_sequence "
                + "where commune_code = ? and prefix = ? and case_year = ? for update", Integer.class,
                communeCode, prefix, year) + 1;
        jdbc.update("update case_sequence set last_value = ? where commune_code = ? and prefix = ? and case_year = ?",
                next, communeCode, prefix, year);
        return String.format("%s-%d-%04d", prefix, year, next);
    }

    /**
     * Creates the year's counter at zero in its own transaction: a duplicate-key failure inside the
     * caller's transaction would poison it on PostgreSQL, and an empty counter is harmless to keep.
     */
    private void ensureCounter(String communeCode, String prefix, int year) {
        separateTransaction.executeWithoutResult(status -> {
            Integer exists = jdbc.queryForObject("select count(*) from case_sequence "
                    + "where commune_code = ? and prefix = ? and case_year = ?", Integer.class, communeCode, prefix, year);
            if (exists == 0) {
                try {
                    jdbc.update("insert into case_sequence (commune_code, prefix, case_year, last_value) values (?, ?, ?, 0)",
                            communeCode, prefix, year);
                } catch (DuplicateKeyException anotherNodeWasFirst) {
                    status.setRollbackOnly();
                }
            }
        });
    }
}
