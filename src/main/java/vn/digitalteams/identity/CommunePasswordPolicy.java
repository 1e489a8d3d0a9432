package vn.digitalteams.identity;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyLengthRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyUserDataRuleImpl;

/**
 * The passwords commune officials may set (through the webapps' profile page, Admin, or engine REST): at
 * least {@value #MIN_LENGTH} characters, not containing the user id or their name (Camunda's user-data
 * rule), and none of the passwords every guesser tries first. No rule on character classes: a long
 * Vietnamese phrase is a better password than "Abc@1234", and people keep it.
 */
final class CommunePasswordPolicy implements PasswordPolicy {

    static final int MIN_LENGTH = 10;

    @Override
    public List<PasswordPolicyRule> getRules() {
        return List.of(new PasswordPolicyLengthRuleImpl(MIN_LENGTH), new PasswordPolicyUserDataRuleImpl(),
                new NotWellKnown());
    }

    /** Refuses the passwords of the guessers' first lists, compared without case and spaces. */
    static final class NotWellKnown implements PasswordPolicyRule {

        static final String PLACEHOLDER = "PASSWORD_POLICY_WELL_KNOWN";
        private static final Set<String> WELL_KNOWN = Set.of("1234567890", "12345678910", "0123456789",
                "1111111111", "0000000000", "1234512345", "123456789a", "a123456789", "qwertyuiop", "1qaz2wsx3edc",
                "password123", "password1234", "passw0rd123", "matkhau123", "matkhau1234", "matkhaumoi",
                "iloveyou123", "admin12345", "administrator", "camunda123", "demo123456", "abc1234567",
                "abcd123456", "abcdefghij", "asdfghjkl1", "zxcvbnm123", "vietnam123", "vietnam1234");

        @Override
        public String getPlaceholder() {
            return PLACEHOLDER;
        }

        @Override
        public Map<String, String> getParameters() {
            return Map.of();
        }

        @Override
        public boolean execute(String candidatePassword) {
            return candidatePassword != null
                    && !WELL_KNOWN.contains(candidatePassword.replace(" ", "").toLowerCase(Locale.ROOT));
        }
    }
}
