package vn.digitalteams.identity;

/** The roles of the plan, each a Camunda group; a user's commune is their tenant, not their group. */
public enum Role {
    CHAIRMAN("chairman", "Chủ tịch UBND xã"),
    /** Signs as "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" when approving in the Chairman's place. */
    VICE_CHAIRMAN("vice-chairman", "Phó Chủ tịch UBND xã"),
    POLICE("police", "Công an xã"),
    POLICE_CHIEF("police-chief", "Trưởng Công an xã"),
    COMMUNE_LEADER("commune-leader", "Tổ trưởng Tổ công nghệ số cộng đồng xã"),
    VILLAGE_LEADER("village-leader", "Tổ trưởng Tổ công nghệ số cộng đồng bản"),
    OFFICER("officer", "Công chức chuyên môn UBND xã"),
    ADMIN("camunda-admin", "Quản trị hệ thống");

    private final String groupId;
    private final String displayName;

    Role(String groupId, String displayName) {
        this.groupId = groupId;
        this.displayName = displayName;
    }

    public String groupId() {
        return groupId;
    }

    public String displayName() {
        return displayName;
    }
}
