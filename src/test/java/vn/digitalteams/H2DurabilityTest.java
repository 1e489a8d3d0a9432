package vn.digitalteams;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

/**
 * Nothing acknowledged is lost on the embedded default: a JVM commits on H2 with the application's own
 * URL settings, says so, and is killed with SIGKILL at once; the commit must still be there.
 */
class H2DurabilityTest {

    @TempDir Path dataDir;

    @Test
    void aCommitSurvivesKillMinusNine() throws Exception {
        String url = applicationUrl().replace("./data/", dataDir.toAbsolutePath() + "/");
        int rounds = 5;
        for (int round = 1; round <= rounds; round++) {
            Process writer = new ProcessBuilder(javaBin(), "-cp", System.getProperty("java.class.path"),
                    CommitThenHang.class.getName(), url, String.valueOf(round)).redirectErrorStream(true).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                do {
                    line = out.readLine();
                } while (line != null && !line.equals("COMMITTED " + round));
                assertThat(line).as("writer output").isNotNull();
            }
            writer.destroyForcibly(); // SIGKILL: no shutdown hook, no close
            assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             ResultSet rows = connection.createStatement().executeQuery("select count(*) from acknowledged")) {
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(rounds);
        }
    }

    private static String applicationUrl() {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yaml"));
        return yaml.getObject().getProperty("spring.datasource.url");
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The writer: commits one row, reports it, then waits to be killed. */
    static class CommitThenHang {
        public static void main(String[] args) throws Exception {
            Connection connection = DriverManager.getConnection(args[0], "sa", "");
            connection.createStatement().execute("create table if not exists acknowledged (round int primary key)");
            connection.setAutoCommit(false);
            connection.createStatement().execute("insert into acknowledged values (" + Integer.parseInt(args[1]) + ")");
            connection.commit();
            System.out.println("COMMITTED " + args[1]);
            System.out.flush();
            Thread.sleep(60_000);
        }
    }
}
