package vn.digitalteams;

import java.util.TimeZone;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class DigitalTeamsApplication {

    public static final String ZONE = "Asia/Ho_Chi_Minh";

    static {
        // The engine computes due dates and timer cycles ("the 25th at 08:00") in the JVM's zone,
        // and every user of this system lives in Vietnam. Set here rather than on the command line
        // so that java -jar, spring-boot:run and the tests agree.
        TimeZone.setDefault(TimeZone.getTimeZone(ZONE));
    }

    public static void main(String[] args) {
        SpringApplication.run(DigitalTeamsApplication.class, args);
    }
}
