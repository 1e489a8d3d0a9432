package vn.digitalteams.shared;

import java.util.List;

/**
 * One figure of open work on the landing page ({@code GET /api/overview}), contributed as a bean by the
 * module that owns the work, so the page names no module's processes. Counted without the caller's own
 * engine authorizations (a team leader may not read the Chairman's tasks, but may know how many wait).
 */
public interface OpenWork {

    /** The figure's name in the overview's JSON, "openApprovals". */
    String name();

    /** The open work of these communes, or of every commune when {@code communes} is null. */
    long count(List<String> communes);
}
