package vn.digitalteams.scamreport;

import static vn.digitalteams.shared.UserFacingException.notFound;

import java.time.LocalDate;
import java.util.List;

import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.digitalteams.identity.CurrentUser;
import vn.digitalteams.shared.Messages;
import vn.digitalteams.shared.VietnameseDates;
import vn.digitalteams.team.Communes;

/** The commune's published scam warnings, newest first, each with a text ready to paste into Zalo. */
@RestController
@RequestMapping("/api/warnings")
@Transactional(readOnly = true)
class WarningController {

    private final Warnings warnings;
    private final Communes communes;
    private final CurrentUser currentUser;

    WarningController(Warnings warnings, Communes communes, CurrentUser currentUser) {
        this.warnings = warnings;
        this.communes = communes;
        this.currentUser = currentUser;
    }

    @GetMapping
    List<WarningView> list(@RequestParam(name = "commune", required = false) String communeCode) {
        String commune = currentUser.communeToRead(communeCode);
        if (!communes.exists(commune)) {
            throw notFound("commune.notFound", commune);
        }
        return warnings.ofCommune(commune).stream().map(WarningView::of).toList();
    }

    record WarningView(String category, String categoryLabel, String channel, String channelLabel, String pattern,
                       String advice, LocalDate publishedOn, String shareText) {

        static WarningView of(Warnings.Warning warning) {
            String categoryLabel = ScamCodes.categoryLabel(warning.category());
            String channelLabel = ScamCodes.channelLabel(warning.channel());
            String shareText = Messages.get("scam.warning.share", VietnameseDates.format(warning.publishedOn()),
                    categoryLabel, channelLabel, warning.pattern(), warning.advice());
            return new WarningView(warning.category(), categoryLabel, warning.channel(), channelLabel,
                    warning.pattern(), warning.advice(), warning.publishedOn(), shareText);
        }
    }
}
