package vn.digitalteams.identity;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * No anonymous REST: engine REST and our {@code /api} authenticate with {@link RestAuthenticationFilter}
 * (the starter leaves engine REST open); the webapps keep their own login, throttled by
 * {@link WebappLoginThrottle}. Order 0: the engine API filter (order 10) reads the caller these set.
 */
@Configuration
class AuthenticationFilters {

    @Bean
    FilterRegistrationBean<RestAuthenticationFilter> engineRestAuthentication(IdentityService identityService,
            Callers callers, LoginThrottle throttle, ObjectMapper objectMapper) {
        return registration(new RestAuthenticationFilter(identityService, callers, throttle, objectMapper, false),
                "engine-rest-authentication", "/engine-rest/*");
    }

    @Bean
    FilterRegistrationBean<RestAuthenticationFilter> apiAuthentication(IdentityService identityService,
            Callers callers, LoginThrottle throttle, ObjectMapper objectMapper) {
        return registration(new RestAuthenticationFilter(identityService, callers, throttle, objectMapper, true),
                "api-authentication", "/api/*");
    }

    @Bean
    FilterRegistrationBean<WebappLoginThrottle> webappLoginThrottle(LoginThrottle throttle, ObjectMapper objectMapper) {
        return registration(new WebappLoginThrottle(throttle, objectMapper), "webapp-login-throttle",
                "/camunda/api/admin/auth/user/*");
    }

    private static <F extends jakarta.servlet.Filter> FilterRegistrationBean<F> registration(F filter, String name,
                                                                                           String urlPattern) {
        FilterRegistrationBean<F> registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns(urlPattern);
        registration.setName(name);
        registration.setOrder(0);
        return registration;
    }
}
