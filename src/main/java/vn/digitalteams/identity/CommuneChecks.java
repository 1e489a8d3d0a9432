package vn.digitalteams.identity;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.digitalteams.shared.CommuneMismatch;

/**
 * The last check before a domain write (admitting, withdrawing, issuing a number, publishing a warning,
 * issuing a report): the case's commune, the process instance's tenant, the team's commune and the
 * acting user's commune must be one commune. Intake writes every case in its starter's commune, so a
 * disagreement means tampering or a bug; it is logged as a security event and the write is refused.
 */
@Component
public class CommuneChecks {

    private static final Logger log = LoggerFactory.getLogger(CommuneChecks.class);

    private final IdentityService identityService;

    CommuneChecks(IdentityService identityService) {
        this.identityService = identityService;
    }

    /**
     * Refuses {@code write} unless every commune given equals {@code caseCommune} and the signed-in user
     * (if any: jobs and timers run with nobody) belongs to it or is an admin.
     *
     * @param write  what is about to be written, for the log: "admission TV-2026-0001"
     * @param others the instance's tenant, the team's commune, ...; a null stands for a missing commune
     *               and disagrees
     * @throws CommuneMismatch when they disagree; nothing may have been written yet
     */
    public void requireOneCommune(String write, String caseCommune, String... others) {
        Set<String> communes = new LinkedHashSet<>();
        communes.add(caseCommune);
        communes.addAll(Arrays.asList(others));
        Authentication actor = identityService.getCurrentAuthentication();
        boolean actorAgrees = actor == null || isAdmin(actor)
                || (actor.getTenantIds() != null && actor.getTenantIds().contains(caseCommune));
        if (communes.size() != 1 || communes.contains(null) || !actorAgrees) {
            String details = "case and others " + communes + ", actor "
                    + (actor == null ? "none" : actor.getUserId() + " of " + actor.getTenantIds());
            CommuneMismatch mismatch = new CommuneMismatch(write, details);
            log.error("SECURITY {}", mismatch.getMessage());
            throw mismatch;
        }
    }

    private static boolean isAdmin(Authentication actor) {
        List<String> groups = actor.getGroupIds();
        return groups != null && groups.contains(Role.ADMIN.groupId());
    }
}
