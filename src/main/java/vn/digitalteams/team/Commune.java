package vn.digitalteams.team;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A commune (xã): the unit a People's Committee governs, and the Camunda tenant of its data. */
@Entity
public class Commune {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private String name;
    private String province;

    protected Commune() {
    }

    Commune(String code, String name, String province) {
        this.code = code;
        this.name = name;
        this.province = province;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String province() {
        return province;
    }
}
