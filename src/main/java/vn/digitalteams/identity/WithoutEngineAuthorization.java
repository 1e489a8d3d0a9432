package vn.digitalteams.identity;

import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls without the current user's Camunda authorization checks, for the few places
 * where our own code has already checked a finer rule than Camunda's grants can express (e.g. "only
 * the leader who referred this person may withdraw the referral"). Callers must check first.
 */
@Component
public class WithoutEngineAuthorization {

    private final IdentityService identityService;

    WithoutEngineAuthorization(IdentityService identityService) {
        this.identityService = identityService;
    }

    public <T> T call(Supplier<T> work) {
        Authentication caller = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            return work.get();
        } finally {
            if (caller != null) {
                identityService.setAuthentication(caller);
            }
        }
    }
}
