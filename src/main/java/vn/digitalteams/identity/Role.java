package vn.digitalteams.identity;

import vn.digitalteams.shared.Messages;

/** The roles of the plan, each a Camunda group; a user's commune is their tenant, not their group. */
public enum Role {
    CHAIRMAN("chairman"),
    /** Signs as "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" when approving in the Chairman's place. */
    VICE_CHAIRMAN("vice-chairman"),
    POLICE("police"),
    POLICE_CHIEF("police-chief"),
    COMMUNE_LEADER("commune-leader"),
    VILLAGE_LEADER("village-leader"),
    OFFICER("officer"),
    ADMIN("camunda-admin");

    private final String groupId;

    Role(String groupId) {
        this.groupId = groupId;
    }

    public String groupId() {
        return groupId;
    }

    public String displayName() {
        return Messages.get("group." + groupId);
    }
}
