package vn.digitalteams.identity;

import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** Installs {@link CommuneTenantIdProvider} on the engine the starter builds. */
@Component
class CommuneTenancyPlugin extends AbstractProcessEnginePlugin {

    private final List<CommunelessProcess> schedules;

    CommuneTenancyPlugin(List<CommunelessProcess> schedules) {
        this.schedules = schedules;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setTenantIdProvider(new CommuneTenantIdProvider(
                schedules.stream().map(CommunelessProcess::processKey).collect(Collectors.toSet())));
    }
}
