package vn.digitalteams.reporting;

/**
 * The texts of a village report, each printed in the commune's report after the commune's own text of its
 * section, one line per village ("Bản 03: ..."): difficulties under III, residents' needs under IV
 * (proposals), the next plan under V. The commune team leader may correct them at consolidation
 * ({@link VillageLines}); the village's own text is kept.
 */
enum VillageText {
    DIFFICULTIES(VillageReportForm.DIFFICULTIES, "villageDifficulties"),
    NEEDS(VillageReportForm.NEEDS, "villageNeeds"),
    NEXT_PLAN(VillageReportForm.NEXT_PLAN, "villageNextPlans");

    private final String villageField;
    private final String consolidationField;

    VillageText(String villageField, String consolidationField) {
        this.villageField = villageField;
        this.consolidationField = consolidationField;
    }

    /** Its field in village-report.form, "difficulties". */
    String villageField() {
        return villageField;
    }

    /** Its field in report-consolidation.form, holding every village's line: "villageDifficulties". */
    String consolidationField() {
        return consolidationField;
    }

    /** A text on one line, as the report prints it after the village's name: line breaks become "; ". */
    static String oneLine(String text) {
        return text == null ? null : text.strip().replaceAll("\\s*\\R\\s*", "; ");
    }
}
