package vn.digitalteams.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A leader's referral through engine REST, as the security tests start one. */
final class Referrals {

    static final String START = "/engine-rest/process-definition/key/membership-registration/start";
    /** Citizen ids of women born in 1996 that no demo person has: 040 1 96 + serial. */
    private static final AtomicInteger SERIAL = new AtomicInteger(810_000);

    private Referrals() {
    }

    /** Refers a resident of Bản 01 as the leader; the case number. */
    static String refer(TestRestTemplate rest, String leader, String fullName) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<Map> started = rest.withBasicAuth(leader, "demo").exchange(START, HttpMethod.POST,
                new HttpEntity<>(Map.of("variables", typed(referral(fullName, newCitizenId()))), headers), Map.class);
        assertThat(started.getStatusCode()).as(String.valueOf(started.getBody())).isEqualTo(HttpStatus.OK);
        return (String) started.getBody().get("businessKey");
    }

    static String newCitizenId() {
        return "040196" + SERIAL.getAndIncrement();
    }

    static Map<String, Object> referral(String fullName, String citizenId) {
        return Map.of("fullName", fullName, "birthDate", "08/03/1996", "gender", "female", "citizenId", citizenId,
                "villageCode", "ban-01", "referralReason", "Hướng dẫn bà con cài VNeID mức 2.");
    }

    /** Values as engine REST takes variables: {@code {"name": {"value": ...}}}. */
    static Map<String, Object> typed(Map<String, Object> values) {
        Map<String, Object> typed = new HashMap<>();
        values.forEach((name, value) -> typed.put(name, Map.of("value", value)));
        return typed;
    }
}
