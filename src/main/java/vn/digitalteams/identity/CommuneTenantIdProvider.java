package vn.digitalteams.identity;

import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Process definitions are shared by all communes; each instance belongs to one commune (its tenant):
 * a called process inherits its caller's, a user's instance is their own commune's, and an instance
 * started by the system (timers) or by a commune-less admin names it in the {@code communeCode}
 * variable. An instance with no commune would be visible to every commune, so it is refused, except a
 * schedule's own ({@link CommunelessProcess}).
 */
class CommuneTenantIdProvider implements TenantIdProvider {

    static final String COMMUNE_VARIABLE = "communeCode";

    /** The keys of the {@link CommunelessProcess}es, contributed by the modules that own them. */
    private final Set<String> schedules;

    CommuneTenantIdProvider(Set<String> schedules) {
        this.schedules = Set.copyOf(schedules);
    }

    @Override
    public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext context) {
        DelegateExecution caller = context.getSuperExecution();
        if (caller != null) {
            return caller.getTenantId();
        }
        Authentication authentication = Context.getCommandContext().getAuthentication();
        List<String> tenants = authentication == null ? null : authentication.getTenantIds();
        if (tenants != null && !tenants.isEmpty()) {
            return tenants.get(0);
        }
        if (context.getVariables().get(COMMUNE_VARIABLE) instanceof String communeCode && !communeCode.isBlank()) {
            return communeCode;
        }
        if (authentication == null && schedules.contains(context.getProcessDefinition().getKey())) {
            return null;
        }
        throw new ProcessEngineException("Process instance of '" + context.getProcessDefinition().getKey()
                + "' has no commune: start it as a commune user or pass the variable " + COMMUNE_VARIABLE);
    }

    @Override
    public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext context) {
        return null;
    }

    @Override
    public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext context) {
        return context.getExecution() != null ? context.getExecution().getTenantId() : null;
    }
}
