package vn.digitalteams.engineapi;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.digitalteams.identity.Callers;
import vn.digitalteams.identity.UserAccounts;

/** Puts {@link EngineApiFilter} in front of engine REST (after its authentication) and the webapps' engine API. */
@Configuration
class EngineApiFilters {

    /** After identity's engine REST authentication (order 0), which sets the caller on the thread. */
    static final int ORDER = 10;

    @Bean
    FilterRegistrationBean<EngineApiFilter> engineApiFilter(Callers callers, TaskContents contents,
            FormSubmissions submissions, TaskActions taskActions, VisibleTasks tasks, UserAccounts accounts,
            ObjectMapper objectMapper) {
        FilterRegistrationBean<EngineApiFilter> registration = new FilterRegistrationBean<>(
                new EngineApiFilter(callers, contents, submissions, taskActions, tasks, accounts, objectMapper));
        registration.addUrlPatterns(EngineCall.ENGINE_REST + "/*", EngineCall.WEBAPP_API + "/*",
                EngineApiFilter.COCKPIT_API + "*");
        registration.setName("engine-api");
        registration.setOrder(ORDER);
        return registration;
    }
}
