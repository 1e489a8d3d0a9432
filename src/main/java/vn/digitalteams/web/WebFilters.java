package vn.digitalteams.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Security headers on every response, and the cross-site guard before any authentication runs. */
@Configuration
class WebFilters {

    @Bean
    FilterRegistrationBean<SecurityHeaders> securityHeaders() {
        FilterRegistrationBean<SecurityHeaders> registration = new FilterRegistrationBean<>(new SecurityHeaders());
        registration.addUrlPatterns("/*");
        registration.setName("security-headers");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<CrossSiteRequestGuard> apiCrossSiteGuard(ObjectMapper objectMapper) {
        return guard(new CrossSiteRequestGuard(objectMapper, true), "api-cross-site-guard", "/api/*");
    }

    @Bean
    FilterRegistrationBean<CrossSiteRequestGuard> engineRestCrossSiteGuard(ObjectMapper objectMapper) {
        return guard(new CrossSiteRequestGuard(objectMapper, false), "engine-rest-cross-site-guard", "/engine-rest/*");
    }

    private static FilterRegistrationBean<CrossSiteRequestGuard> guard(CrossSiteRequestGuard guard, String name,
                                                                       String urlPattern) {
        FilterRegistrationBean<CrossSiteRequestGuard> registration = new FilterRegistrationBean<>(guard);
        registration.addUrlPatterns(urlPattern);
        registration.setName(name);
        // before authentication (order 0): a forged request gets no password check at all
        registration.setOrder(-10);
        return registration;
    }
}
