package vn.digitalteams.team;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface VillageRepository extends JpaRepository<Village, Long> {

    Optional<Village> findByCommuneAndCode(Commune commune, String code);
}
