package vn.digitalteams.reporting;

import static vn.digitalteams.shared.UserFacingException.invalid;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One kind of the villages' texts in one consolidation field, a line per village as the report prints it:
 * "Bản 03: Sóng điện thoại yếu; nhiều hộ chưa có điện thoại thông minh". The commune team leader edits the
 * field, and what he submits is read back per village: a line starts with the name of a village that
 * reported and a colon (in any case, spaces allowed before the colon); a line that does not continues the
 * village above it, joined with "; " as the report joins a village's lines; a village without a line, or
 * with nothing after its colon, has nothing printed.
 */
final class VillageLines {

    /** How much of a line a refusal quotes. */
    private static final int QUOTED = 40;

    private VillageLines() {
    }

    /** The field's prefill: each village with a text to print, in team order; empty when none has. */
    static String format(List<VillageReport> reports, VillageText kind) {
        return reports.stream().filter(report -> report.printed(kind) != null)
                .map(report -> report.villageName() + ": " + report.printed(kind)).collect(Collectors.joining("\n"));
    }

    /**
     * What the commune team leader submitted, per village.
     *
     * @param submitted the field as {@link vn.digitalteams.shared.TypedText#paragraphs} cleaned it; null when emptied
     * @param reports   the cycle's village reports; those not submitted (MISSING) have no line to correct
     * @param label     the field as its form labels it, for refusals
     * @return each submitted report's text by team code, in team order; null when its line is gone or empty
     * @throws vn.digitalteams.shared.UserFacingException invalid for text before any village's line, or a
     *         village with two lines
     */
    static Map<String, String> parse(String submitted, List<VillageReport> reports, String label) {
        List<VillageReport> villages = reports.stream().filter(VillageReport::wasSubmitted).toList();
        Map<String, String> texts = new LinkedHashMap<>();
        villages.forEach(report -> texts.put(report.teamCode(), null));
        if (submitted == null) {
            return texts;
        }
        Set<String> named = new HashSet<>();
        String current = null;
        for (String line : submitted.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            Optional<VillageReport> village = villages.stream().filter(report -> textAfterName(line, report) != null)
                    .findFirst();
            if (village.isPresent()) {
                current = village.get().teamCode();
                if (!named.add(current)) {
                    throw invalid("report.villageLines.twice", label, village.get().villageName());
                }
                String text = textAfterName(line, village.get());
                texts.put(current, text.isEmpty() ? null : text);
            } else if (current != null) {
                String above = texts.get(current);
                texts.put(current, above == null ? line.strip() : above + "; " + line.strip());
            } else {
                throw invalid("report.villageLines.unnamed", label,
                        villages.isEmpty() ? "Bản" : villages.get(0).villageName(), quoted(line));
            }
        }
        return texts;
    }

    /** The rest of the line after "<village name>:", or null when the line does not start so. */
    private static String textAfterName(String line, VillageReport village) {
        String name = village.villageName();
        if (!line.regionMatches(true, 0, name, 0, name.length())) {
            return null;
        }
        String rest = line.substring(name.length()).stripLeading();
        return rest.startsWith(":") ? rest.substring(1).strip() : null;
    }

    private static String quoted(String line) {
        String stripped = line.strip();
        return stripped.codePointCount(0, stripped.length()) <= QUOTED ? stripped
                : stripped.substring(0, stripped.offsetByCodePoints(0, QUOTED)) + "…";
    }
}
