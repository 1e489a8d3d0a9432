package vn.digitalteams.reporting;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

/** Rows of the activity log; totals are never computed here but in the database (see ActivityLog). */
interface ActivityRepository extends JpaRepository<Activity, Long> {

    List<Activity> findByTeamCodeAndActivityDateBetweenOrderByActivityDateDescIdDesc(String teamCode, LocalDate from,
                                                                                      LocalDate to, Limit limit);

    List<Activity> findByCommuneCodeAndActivityDateBetweenOrderByActivityDateDescIdDesc(String communeCode,
                                                                                         LocalDate from, LocalDate to,
                                                                                         Limit limit);

    boolean existsByCommuneCode(String communeCode);
}
