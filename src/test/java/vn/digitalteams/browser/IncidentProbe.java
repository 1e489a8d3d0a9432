package vn.digitalteams.browser;

import org.springframework.stereotype.Component;

/**
 * The work of the Cockpit journey's throw-away process ({@code ${incidentProbe.work()}}): fails while
 * {@link #broken} is set, as a service whose data source is down would, so that an incident appears.
 */
@Component
public class IncidentProbe {

    static final String FAILURE = "Nguồn dữ liệu thử nghiệm đang lỗi";

    volatile boolean broken;

    public void work() {
        if (broken) {
            throw new IllegalStateException(FAILURE);
        }
    }
}
