package vn.digitalteams.documents;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each commune numbers each series (decisions, reports) from 1 every year. The sequence row is locked
 * for the rest of the caller's transaction, so concurrent issues of a series wait for each other, and
 * a rollback gives the number back (it was never printed on anything issued): numbers are consecutive
 * and never given twice.
 */
@Component
class DocumentNumbers {

    /** SQLSTATE of a unique-key violation, on H2 and PostgreSQL alike. */
    private static final String UNIQUE_VIOLATION = "23505";

    private final DocumentSequenceRepository sequences;
    private final JdbcTemplate jdbc;

    DocumentNumbers(DocumentSequenceRepository sequences, JdbcTemplate jdbc) {
        this.sequences = sequences;
        this.jdbc = jdbc;
    }

    /** The commune's sequence of the series and year, locked until the transaction ends; created on first use. */
    @Transactional(propagation = Propagation.MANDATORY)
    DocumentSequence lock(DocumentSeries series, String communeCode, int year) {
        return sequences.findForUpdate(communeCode, series, year).orElseGet(() -> {
            createIfMissing(series, communeCode, year);
            return sequences.findForUpdate(communeCode, series, year).orElseThrow(() -> new IllegalStateException(
                    "Document sequence " + series + " of " + communeCode + " for " + year
                            + " missing right after creation"));
        });
    }

    /**
     * Two first documents of a series in a year may race to create the row: the unique key lets one win
     * and the other, waiting on it, gets a violation. That must not abort the caller's transaction (PostgreSQL
     * would refuse every later statement), so the insert runs under a savepoint on the transaction's own
     * connection and only the savepoint is rolled back.
     */
    private void createIfMissing(DocumentSeries series, String communeCode, int year) {
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            Savepoint savepoint = connection.setSavepoint();
            try (PreparedStatement insert = connection.prepareStatement("insert into document_sequence "
                    + "(commune_code, series, issue_year, last_number) values (?, ?, ?, 0)")) {
                insert.setString(1, communeCode);
                insert.setString(2, series.name());
                insert.setInt(3, year);
                insert.executeUpdate();
                connection.releaseSavepoint(savepoint);
            } catch (SQLException e) {
                if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw e;
                }
                connection.rollback(savepoint);
            }
            return null;
        });
    }
}
