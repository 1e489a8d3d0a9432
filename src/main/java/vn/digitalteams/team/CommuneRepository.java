package vn.digitalteams.team;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CommuneRepository extends JpaRepository<Commune, Long> {

    Optional<Commune> findByCode(String code);
}
