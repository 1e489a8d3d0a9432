package vn.digitalteams.scamreport;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Published warnings: what the scam looked like and what to do, per commune. Anonymous by
 * construction: the table has no column for the reporter or the case.
 */
@Component
class Warnings {

    private final JdbcTemplate jdbc;

    Warnings(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void publish(Warning warning) {
        jdbc.update("insert into scam_warning (commune_code, category, channel, pattern, advice, published_on) "
                + "values (?, ?, ?, ?, ?, ?)", warning.communeCode(), warning.category(), warning.channel(),
                warning.pattern(), warning.advice(), warning.publishedOn());
    }

    List<Warning> ofCommune(String communeCode) {
        return jdbc.query("select commune_code, category, channel, pattern, advice, published_on from scam_warning "
                + "where commune_code = ? order by published_on desc, id desc",
                (rs, row) -> new Warning(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getObject(6, LocalDate.class)), communeCode);
    }

    record Warning(String communeCode, String category, String channel, String pattern, String advice,
                   LocalDate publishedOn) {
    }
}
