package vn.digitalteams;

import java.util.Arrays;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * What the benchmarks print for a read (ScaleBenchmark, ActivityScaleBenchmark): the median and 95th
 * percentile, in milliseconds, of the same HTTP GET repeated, each call authenticated as its caller.
 */
public record Latency(double p50, double p95) {

    /** Times {@code times} GETs of {@code url}; each must succeed, or the figures would be of an error answer. */
    public static Latency ofGets(TestRestTemplate client, String url, int times) {
        double[] millis = new double[times];
        for (int i = 0; i < times; i++) {
            long start = System.nanoTime();
            ResponseEntity<String> response = client.getForEntity(url, String.class);
            millis[i] = (System.nanoTime() - start) / 1e6;
            if (!response.getStatusCode().is2xxSuccessful()) {
                throw new IllegalStateException("GET " + url + " answered " + response.getStatusCode());
            }
        }
        Arrays.sort(millis);
        return new Latency(millis[times / 2], millis[(int) (times * 0.95)]);
    }

    /** As the README's tables show it: "12.2 / 19.7". */
    @Override
    public String toString() {
        return String.format("%.1f / %.1f", p50, p95);
    }
}
