package vn.digitalteams.reporting;

import static vn.digitalteams.shared.UserFacingException.invalid;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.VariableScope;

import vn.digitalteams.shared.Messages;
import vn.digitalteams.shared.TypedText;

/**
 * The consolidation as submitted (report-consolidation.form): the commune's own texts (sections I, III, IV,
 * V), the villages' texts as the report will print them (one field per kind, {@link VillageLines}), and what
 * the commune team leader does next: submit the report to the Chairman, or return villages' reports to them
 * with a comment. Labels under {@code report.field.*}.
 */
final class ConsolidationForm extends ReportForm {

    static final String ASSESSMENT = "assessment";
    static final String DIFFICULTIES = "difficulties";
    static final String PROPOSALS = "proposals";
    static final String NEXT_TASKS = "nextTasks";
    static final String RETURNED_VILLAGES = "returnedVillages";
    static final String RETURN_COMMENT = "returnComment";
    /** Every field of report-consolidation.form but the decision, which the gateway after the task routes on. */
    static final List<String> FIELDS = List.of(ASSESSMENT, DIFFICULTIES, PROPOSALS, NEXT_TASKS,
            VillageText.DIFFICULTIES.consolidationField(), VillageText.NEEDS.consolidationField(),
            VillageText.NEXT_PLAN.consolidationField(), RETURNED_VILLAGES, RETURN_COMMENT);

    /** What the commune team leader does with the report: the form's {@code consolidationDecision}. */
    enum Decision {
        /** To the Chairman for review (also when the form's choice is not sent: an older client, the Java API). */
        SUBMIT,
        /** Back to the chosen villages, whose leaders revise their reports; then consolidated again. */
        RETURN;

        /** The form's value, "submit" or "return". */
        String value() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    ConsolidationForm(VariableScope variables) {
        super(variables);
    }

    /** The submitted decision; refused when it is neither choice. */
    Decision decision() {
        String given = optional(PeriodicReportVariables.CONSOLIDATION_DECISION);
        if (given == null) {
            return Decision.SUBMIT;
        }
        for (Decision decision : Decision.values()) {
            if (decision.value().equals(given)) {
                return decision;
            }
        }
        throw invalid("form.field.choice", label(PeriodicReportVariables.CONSOLIDATION_DECISION), given);
    }

    /**
     * The commune's own texts, each printed in the report; the assessment is required when the report goes to
     * the Chairman (a report returned to villages is still a draft).
     */
    ReportingCycle.Consolidation texts(ReportTexts texts, Decision decision) {
        boolean toChairman = decision == Decision.SUBMIT;
        String assessment = toChairman ? requiredText(ASSESSMENT) : optionalText(ASSESSMENT);
        return new ReportingCycle.Consolidation(texts.printed(label(ASSESSMENT), assessment, toChairman),
                printed(texts, DIFFICULTIES), printed(texts, PROPOSALS), printed(texts, NEXT_TASKS));
    }

    /**
     * The villages' texts as the commune team leader wants them printed, for each kind whose field was
     * submitted (a client that does not send one changes nothing of that kind): by team code each
     * submitted report's text, null to print none. Each text is held to the rules of the village's own.
     *
     * @throws vn.digitalteams.shared.UserFacingException invalid for a line naming no village, a village
     *         named twice, or a text too long, too short or not printable
     */
    Map<VillageText, Map<String, String>> villageTexts(List<VillageReport> reports, ReportTexts texts) {
        Map<VillageText, Map<String, String>> byKind = new EnumMap<>(VillageText.class);
        for (VillageText kind : VillageText.values()) {
            String field = kind.consolidationField();
            if (!variables.hasVariable(field)) {
                continue;
            }
            // Cleaned as every text is, but not limited as one: the field holds every village's text, each limited below.
            Map<String, String> byVillage = VillageLines.parse(TypedText.paragraphs(variables.getVariable(field)),
                    reports, label(field));
            for (VillageReport report : reports) {
                if (byVillage.get(report.teamCode()) != null) {
                    String label = Messages.get("report.villageText.label", label(kind.villageField()), report.villageName());
                    String text = byVillage.get(report.teamCode());
                    if (text.codePointCount(0, text.length()) > MAX_TEXT) {
                        throw invalid("form.tooLong", label, MAX_TEXT);
                    }
                    texts.printed(label, text, false);
                }
            }
            byKind.put(kind, byVillage);
        }
        return byKind;
    }

    /**
     * The team codes of the villages to return, each one of the cycle's villages that sent a report (the
     * form's options are the task's own, so the form contract cannot check them).
     *
     * @throws vn.digitalteams.shared.UserFacingException invalid when none is chosen or one is not such a village
     */
    List<String> returnedVillages(List<VillageReport> reports) {
        Object given = variables.getVariable(RETURNED_VILLAGES);
        if (given != null && !(given instanceof Collection<?>)) {
            throw invalid("form.field.type.list", label(RETURNED_VILLAGES));
        }
        Set<String> chosen = new LinkedHashSet<>();
        for (Object village : given == null ? List.of() : (Collection<?>) given) {
            String teamCode = String.valueOf(village);
            if (reports.stream().noneMatch(report -> report.wasSubmitted() && report.teamCode().equals(teamCode))) {
                throw invalid("report.return.village.unknown", teamCode);
            }
            chosen.add(teamCode);
        }
        if (chosen.isEmpty()) {
            throw invalid("report.return.village.required");
        }
        return new ArrayList<>(chosen);
    }

    /** What the returned villages are to correct: required, at least a short sentence; shown in their task, not printed. */
    String returnComment(ReportTexts texts) {
        return texts.meaningful(label(RETURN_COMMENT), requiredText(RETURN_COMMENT), true);
    }

    private String printed(ReportTexts texts, String field) {
        return texts.printed(label(field), optionalText(field), false);
    }
}
