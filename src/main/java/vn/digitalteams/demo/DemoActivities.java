package vn.digitalteams.demo;

import java.time.Clock;
import java.time.LocalDate;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.digitalteams.reporting.ActivityEntry;
import vn.digitalteams.reporting.ActivityRecorder;
import vn.digitalteams.reporting.ActivityType;
import vn.digitalteams.shared.VietnameseDates;
import vn.digitalteams.team.Communes;

/**
 * Demo profile only: a realistic handful of this month's activities of Tam Quang (Bản 01, Bản 02 and
 * the commune team), each recorded by the team's leader through the same checks as a real entry, so
 * the summaries and the village report have figures. Written once (after DemoData), in one transaction.
 */
@Component
@Profile("demo")
@Order(20)
class DemoActivities implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoActivities.class);
    private static final String COMMUNE = "tam-quang";

    private final ActivityRecorder recorder;
    private final Communes communes;
    private final IdentityService identityService;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoActivities(ActivityRecorder recorder, Communes communes, IdentityService identityService,
                   TransactionTemplate transaction, Clock clock) {
        this.recorder = recorder;
        this.communes = communes;
        this.identityService = identityService;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!communes.exists(COMMUNE) || recorder.anyRecordedIn(COMMUNE)) {
            return;
        }
        transaction.executeWithoutResult(status -> {
            as("totruong-ban-01", "tam-quang-ban-01",
                    entry(12, ActivityType.HOUSEHOLD_VISIT, 14, 6, null, "Đi từng ngõ, gõ từng nhà xóm Pủng."),
                    entry(12, ActivityType.VNEID_LEVEL_2, 9, 4, null, null),
                    entry(9, ActivityType.ONLINE_PUBLIC_SERVICE, 3, 1, "Đăng ký khai sinh", null),
                    entry(7, ActivityType.E_WALLET, 5, 1, "momo", null),
                    entry(4, ActivityType.CYBER_SAFETY_SESSION, 42, 18, null,
                            "Sinh hoạt tại nhà văn hóa bản: cuộc gọi giả danh công an, đường link lạ."),
                    entry(1, ActivityType.QUESTION_ANSWERED, 11, 3, null, "Qua Zalo nhóm bản."));
            as("totruong-ban-02", "tam-quang-ban-02",
                    entry(10, ActivityType.VNEID_LEVEL_1, 12, 5, null, null),
                    entry(8, ActivityType.BANK_ACCOUNT, 6, 2, null, "Mở tài khoản và cài Mobile Banking Agribank."),
                    entry(6, ActivityType.CASHLESS_PAYMENT, 8, 1, null, "Thanh toán tiền điện bằng mã QR."),
                    entry(5, ActivityType.E_COMMERCE, 2, 0, "vo-so", "Mật ong rừng, măng khô lên sàn Vỏ Sò."),
                    entry(2, ActivityType.HEALTH_BOOK, 7, 4, null, null));
            as("totruong-xa", "tam-quang-xa",
                    entry(11, ActivityType.DIGITAL_DAY_EVENT, 260, 95, null, "Ngày hội công nghệ số tại chợ trung tâm xã."),
                    entry(3, ActivityType.E_COMMERCE, 3, 0, "postmart", "Gian hàng chè, gạo nếp của hợp tác xã."),
                    entry(3, ActivityType.OTHER_APP, 15, 6, null, "Ứng dụng thời tiết, nông nghiệp thông minh."));
        });
        log.info("Demo activities written for {}", COMMUNE);
    }

    /** Records as the leader would: signed in as them, with their groups and commune. */
    private void as(String userId, String teamCode, Entry... entries) {
        identityService.setAuthentication(userId,
                identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList(),
                identityService.createTenantQuery().userMember(userId).list().stream().map(Tenant::getId).toList());
        try {
            for (Entry entry : entries) {
                recorder.record(new ActivityEntry(teamCode, entry.date(), entry.type().code(), entry.count(),
                        entry.vulnerable(), entry.detail(), entry.note()));
            }
        } finally {
            identityService.clearAuthentication();
        }
    }

    /** An activity some days ago, kept within the current month (on the 1st, everything is dated today). */
    private Entry entry(int daysAgo, ActivityType type, long count, long vulnerable, String detail, String note) {
        LocalDate today = VietnameseDates.today(clock);
        LocalDate date = today.minusDays(daysAgo);
        return new Entry(date.isBefore(today.withDayOfMonth(1)) ? today.withDayOfMonth(1) : date, type, count,
                vulnerable, detail, note);
    }

    private record Entry(LocalDate date, ActivityType type, long count, long vulnerable, String detail, String note) {
    }
}
