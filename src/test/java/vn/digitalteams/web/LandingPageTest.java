package vn.digitalteams.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.digitalteams.IntegrationTest;

/** What a browser gets outside the webapps and the API: Vietnamese pages, never Spring's English defaults. */
@IntegrationTest
class LandingPageTest {

    @Autowired TestRestTemplate rest;

    @Test
    void theLandingPageIsVietnameseAndLinksTheWebapps() {
        String page = rest.getForObject("/", String.class);

        assertThat(page).contains("Tổ công nghệ số cộng đồng").contains("/camunda/app/tasklist/")
                .contains("/camunda/app/cockpit/").contains("/camunda/app/admin/");
    }

    @Test
    void theLandingPageAsksForItsCommunesNumbersWithTheWebappSession() {
        String page = rest.getForObject("/", String.class);
        String script = rest.getForObject("/overview.js", String.class);

        assertThat(page).contains("<section id=\"overview\"").contains("<script src=\"/overview.js\" defer></script>");
        assertThat(script).contains("fetch('/api/overview'").contains("credentials: 'same-origin'")
                .contains("'X-Requested-With': 'fetch'").contains("Đăng nhập Tasklist").doesNotContain("innerHTML");
    }

    @Test
    void anUnknownPageIsAVietnamese404() {
        HttpHeaders browser = new HttpHeaders();
        browser.setAccept(List.of(MediaType.TEXT_HTML));

        ResponseEntity<String> response = rest.exchange("/khong-co-trang-nay", HttpMethod.GET, new HttpEntity<>(browser), String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getBody()).contains("Không tìm thấy trang").doesNotContain("Whitelabel");
    }
}
