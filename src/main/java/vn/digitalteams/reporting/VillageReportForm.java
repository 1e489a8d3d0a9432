package vn.digitalteams.reporting;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * A village report as submitted from its task or its revision: a figure per activity type (prefilled from
 * the activity log, editable), the elderly/vulnerable/remote people helped, three texts the report prints,
 * and the explanation of figures above their plausible maximum. Labels under {@code report.field.*}, the
 * figures' from {@link ActivityType#label()}.
 */
final class VillageReportForm extends ReportForm {

    /** More than any village team does in a quarter; a larger figure is a typing slip. */
    static final long MAX_FIGURE = 100_000;

    static final String VULNERABLE_HELPED = "vulnerableHelped";
    static final String DIFFICULTIES = "difficulties";
    static final String NEEDS = "needs";
    static final String NEXT_PLAN = "nextPlan";
    static final String FIGURES_EXPLANATION = "figuresExplanation";

    /** Every field of village-report.form. */
    static final List<String> FIELDS = Stream.concat(Arrays.stream(ActivityType.values()).map(ActivityType::variable),
            Stream.of(VULNERABLE_HELPED, DIFFICULTIES, NEEDS, NEXT_PLAN, FIGURES_EXPLANATION)).toList();

    /** The report as checked; each text null when not written. Whether the figures are plausible is {@link PlausibleFigures}'. */
    record Values(Map<ActivityType, Long> figures, int vulnerableHelped, String difficulties, String needs,
                  String nextPlan, String figuresExplanation) {
    }

    VillageReportForm(VariableScope variables) {
        super(variables);
    }

    /**
     * The submitted report, checked: a figure out of range, a text too long or too short, or one the report
     * could not print is refused in Vietnamese.
     */
    Values values(ReportTexts texts) {
        Map<ActivityType, Long> figures = new EnumMap<>(ActivityType.class);
        for (ActivityType type : ActivityType.values()) {
            figures.put(type, wholeNumber(type.variable(), MAX_FIGURE));
        }
        return new Values(figures, (int) wholeNumber(VULNERABLE_HELPED, MAX_FIGURE), printed(texts, DIFFICULTIES),
                printed(texts, NEEDS), printed(texts, NEXT_PLAN),
                // Written when a figure needs it, so its refusal does not suggest leaving it empty.
                texts.meaningful(label(FIGURES_EXPLANATION), optionalText(FIGURES_EXPLANATION), true));
    }

    private String printed(ReportTexts texts, String field) {
        return texts.printed(label(field), optionalText(field), false);
    }

    @Override
    public String label(String name) {
        return Arrays.stream(ActivityType.values()).filter(type -> type.variable().equals(name)).findFirst()
                .map(ActivityType::label).orElseGet(() -> super.label(name));
    }
}
