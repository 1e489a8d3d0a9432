package vn.digitalteams.tracking;

import static vn.digitalteams.shared.UserFacingException.invalid;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Where the caller's cases stand: Tasklist asks after each start and completion, and for "Hồ sơ tôi đã gửi". */
@RestController
@RequestMapping("/api/cases")
class TrackingController {

    private final CaseTracking tracking;

    TrackingController(CaseTracking tracking) {
        this.tracking = tracking;
    }

    /** The cases the caller sent, newest first (see {@link CaseTracking#startedByCaller}). */
    @GetMapping("/mine")
    List<CaseProgress> mine() {
        return tracking.startedByCaller();
    }

    /**
     * After a start ({@code ?processInstanceId=}) or a completion ({@code ?taskId=}): what happened, the next
     * steps and the documents. 400 without exactly one of them, 404 for what the caller did not do.
     */
    @GetMapping("/progress")
    CaseProgress progress(@RequestParam(required = false) String processInstanceId,
                          @RequestParam(required = false) String taskId) {
        if ((processInstanceId == null) == (taskId == null)) {
            throw invalid("tracking.oneOf");
        }
        return taskId != null ? tracking.afterTask(taskId) : tracking.afterStart(processInstanceId);
    }
}
