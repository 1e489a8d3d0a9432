package vn.digitalteams.reporting;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * One recorded activity of a team: what was done, on which day, for how many people (of them how many
 * elderly, vulnerable or remote). Checked by {@link ActivityRecorder} before it exists; never changed.
 */
@Entity
public class Activity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String communeCode;
    private String teamCode;
    private LocalDate activityDate;
    @Convert(converter = TypeCode.class)
    private ActivityType type;
    @Column(name = "count")
    private int count;
    private int vulnerableCount;
    private String detail;
    private String note;
    private String recordedBy;
    private Instant recordedAt;

    protected Activity() {
    }

    Activity(String communeCode, String teamCode, LocalDate activityDate, ActivityType type, int count,
             int vulnerableCount, String detail, String note, String recordedBy, Instant recordedAt) {
        this.communeCode = communeCode;
        this.teamCode = teamCode;
        this.activityDate = activityDate;
        this.type = type;
        this.count = count;
        this.vulnerableCount = vulnerableCount;
        this.detail = detail;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long id() {
        return id;
    }

    public String communeCode() {
        return communeCode;
    }

    public String teamCode() {
        return teamCode;
    }

    public LocalDate date() {
        return activityDate;
    }

    public ActivityType type() {
        return type;
    }

    public int count() {
        return count;
    }

    public int vulnerableCount() {
        return vulnerableCount;
    }

    /** Which public service (free text), which e-wallet or e-commerce platform (a code of {@link ActivityDetails}). */
    public String detail() {
        return detail;
    }

    public String note() {
        return note;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    /** The type is stored as its REST code (household-visit), which the table's check constraint lists. */
    @Converter
    static class TypeCode implements AttributeConverter<ActivityType, String> {
        @Override
        public String convertToDatabaseColumn(ActivityType type) {
            return type == null ? null : type.code();
        }

        @Override
        public ActivityType convertToEntityAttribute(String code) {
            return code == null ? null : ActivityType.ofCode(code)
                    .orElseThrow(() -> new IllegalStateException("Unknown activity type in the database: " + code));
        }
    }
}
