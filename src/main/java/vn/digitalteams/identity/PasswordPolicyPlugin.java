package vn.digitalteams.identity;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Turns on {@link CommunePasswordPolicy} once the engine is built. After the starter's plugins (their order
 * is 0): it creates the admin user from {@code camunda.bpm.admin-user}, whose password {@link DemoPasswordGuard}
 * already requires to be 12 characters outside the demo profile, and "demo" in it.
 */
@Component
@Order(100)
class PasswordPolicyPlugin extends AbstractProcessEnginePlugin {

    private ProcessEngineConfigurationImpl configuration;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        this.configuration = configuration;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        configuration.setPasswordPolicy(new CommunePasswordPolicy());
        configuration.setEnablePasswordPolicy(true);
    }
}
