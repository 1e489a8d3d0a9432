package vn.digitalteams.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.digitalteams.identity.CurrentUser;
import vn.digitalteams.identity.WithoutEngineAuthorization;
import vn.digitalteams.shared.OpenWork;
import vn.digitalteams.team.Communes;
import vn.digitalteams.team.Communes.CommuneFigures;
import vn.digitalteams.team.Communes.Figures;

/**
 * The landing page's numbers for the caller's commune (every commune for an admin): teams and active
 * members, then each module's open work ({@link OpenWork}: cases awaiting the Chairman, scam reports in
 * hand, overdue periodic reports).
 *
 * <p>The engine is asked without the caller's own authorizations (a team leader may not read the
 * Chairman's tasks, but may know how many wait): the commune is chosen here, by tenant, explicitly.
 */
@RestController
class OverviewController {

    private final CurrentUser currentUser;
    private final WithoutEngineAuthorization withoutEngineAuthorization;
    private final Communes communes;
    private final List<OpenWork> openWork;

    OverviewController(CurrentUser currentUser, WithoutEngineAuthorization withoutEngineAuthorization, Communes communes,
                       List<OpenWork> openWork) {
        this.currentUser = currentUser;
        this.withoutEngineAuthorization = withoutEngineAuthorization;
        this.communes = communes;
        this.openWork = openWork;
    }

    /**
     * {@code {"allCommunes": false, "communes": [{"code", "name"}], "teams": 19, "members": 131,
     * "openApprovals": 2, ...}}: for an admin {@code allCommunes} is true and {@code communes} empty.
     */
    @GetMapping("/api/overview")
    Map<String, Object> overview() {
        if (currentUser.isAdmin()) {
            Figures all = communes.figuresOfAll();
            return figures(true, List.of(), all.teams(), all.members(), null);
        }
        List<String> tenants = currentUser.communes();
        List<CommuneFigures> figures = communes.figuresOf(tenants);
        List<Commune> named = figures.stream().map(c -> new Commune(c.code(), c.name())).toList();
        return figures(false, named, figures.stream().mapToLong(CommuneFigures::teams).sum(),
                figures.stream().mapToLong(CommuneFigures::members).sum(), tenants);
    }

    /** The figures of these tenants, or (null) of all. */
    private Map<String, Object> figures(boolean allCommunes, List<Commune> named, long teams, long members,
                                        List<String> tenants) {
        Map<String, Object> overview = new LinkedHashMap<>();
        overview.put("allCommunes", allCommunes);
        overview.put("communes", named);
        overview.put("teams", teams);
        overview.put("members", members);
        for (OpenWork work : openWork) {
            overview.put(work.name(), tenants != null && tenants.isEmpty() ? 0L
                    : withoutEngineAuthorization.call(() -> work.count(tenants)));
        }
        return overview;
    }

    /** A commune the numbers cover. */
    record Commune(String code, String name) {
    }
}
