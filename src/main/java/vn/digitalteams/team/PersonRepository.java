package vn.digitalteams.team;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PersonRepository extends JpaRepository<Person, Long> {

    Optional<Person> findByCitizenId(CitizenId citizenId);
}
