package vn.digitalteams.scamreport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One scammer written the ways residents write them is one key: what links a second report to the first. */
class ScammerContactsTest {

    @ParameterizedTest
    @CsvSource({
            "0888 000 111, 0888000111",
            "'+84 0888 000 111', 0888000111",
            "+84888000111, 0888000111",
            "0888.000.111, 0888000111",
            "'Zalo: 0888 000 111', 0888000111",
            "zalo 0888000111, 0888000111",
            "https://zalo.me/84888000111, 0888000111",
            "https://www.facebook.com/Lua.Dao.Viec.Nhe/, facebook.com/lua.dao.viec.nhe",
            "https://m.facebook.com/lua.dao.viec.nhe?ref=bookmarks, facebook.com/lua.dao.viec.nhe",
            "fb.com/lua.dao.viec.nhe, facebook.com/lua.dao.viec.nhe",
            "https://www.facebook.com/profile.php?id=100012345678&mibextid=ZbWKwL, facebook.com/profile.php?id=100012345678",
            "https://www.Fake-Shop.vn/, fake-shop.vn",
            "fake-shop.vn/khuyen-mai?utm=zalo, fake-shop.vn/khuyen-mai",
            "'Nguyễn Văn Lừa', nguyễnvănlừa"})
    void theSameContactWrittenAnotherWayIsTheSameKey(String typed, String key) {
        assertThat(ScammerContacts.normalise(typed)).isEqualTo(key);
    }

    @ParameterizedTest
    @CsvSource({"0888 000 111, 0888 000 112", "facebook.com/lua.dao, facebook.com/lua.dao2"})
    void differentContactsStayApart(String one, String other) {
        assertThat(ScammerContacts.normalise(one)).isNotEqualTo(ScammerContacts.normalise(other));
    }
}
