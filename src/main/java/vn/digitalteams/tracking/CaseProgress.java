package vn.digitalteams.tracking;

import java.time.Instant;
import java.util.List;

/**
 * Where a case stands, for the person who sent it or just did a step of it.
 *
 * @param caseKey   the case number, "TV-2026-0019"; null for what has none (an activity recorded)
 * @param procedure the procedure's one name, the BPMN process name ("Kết nạp thành viên")
 * @param headline  what just happened or, in a list, the case's state, in Vietnamese
 * @param finished  whether the case is closed
 * @param startedAt when it was sent
 * @param nextSteps the open steps, nearest deadline first; empty when finished
 * @param documents the decisions or reports issued for it that the user may read
 */
record CaseProgress(String caseKey, String procedure, String headline, boolean finished, Instant startedAt,
                    List<NextStep> nextSteps, List<CaseDocument> documents) {

    /**
     * An open step.
     *
     * @param task    the task's name as Tasklist lists it
     * @param who     who has it (a person's name) or may take it (the role, "Chủ tịch UBND xã"), or "3 người"
     * @param dueAt   its deadline, null when it has none
     * @param dueText "hạn 14:30 ngày 05/12/2026 (còn 3 giờ)", empty when it has none
     */
    record NextStep(String task, String who, Instant dueAt, String dueText) {
    }

    /** A document issued for the case: "Quyết định số 09/QĐ-UBND …", and its PDF's address. */
    record CaseDocument(String title, String url) {
    }
}
