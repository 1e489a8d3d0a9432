package vn.digitalteams.identity;

import java.util.List;

/**
 * A signed-in user as a request carries them: their id, roles (Camunda groups) and communes (tenants).
 */
public record Caller(String userId, List<String> groupIds, List<String> communes) {

    public Caller {
        groupIds = groupIds == null ? List.of() : List.copyOf(groupIds);
        communes = communes == null ? List.of() : List.copyOf(communes);
    }

    public boolean isAdmin() {
        return groupIds.contains(Role.ADMIN.groupId());
    }
}
