package vn.digitalteams.team;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** A village (bản/thôn) of a commune; its code (ban-01) is unique within the commune. */
@Entity
public class Village {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Commune commune;
    private String code;
    private String name;

    protected Village() {
    }

    Village(Commune commune, String code, String name) {
        this.commune = commune;
        this.code = code;
        this.name = name;
    }

    public Commune commune() {
        return commune;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }
}
