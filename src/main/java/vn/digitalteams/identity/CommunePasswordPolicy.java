package vn.digitalteams.identity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyLengthRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyUserDataRuleImpl;

import com.nulabinc.zxcvbn.Zxcvbn;

/**
 * The passwords commune officials may set (through the webapps' profile page, Admin, or engine REST): at
 * least {@value #MIN_LENGTH} characters, not containing the user's id or name (Camunda's rule, and ours on the
 * name without diacritics: "LoThi2026" for Lô Thị Trang), and not guessable: zxcvbn scores it at least
 * {@value #MIN_SCORE} of 4, against its dictionaries of common passwords, words and names, keyboard walks,
 * sequences, repeats and dates, and against Vietnamese words people build passwords from. No rule on
 * character classes: a long Vietnamese phrase is a better password than "Abc@1234", and people keep it.
 */
final class CommunePasswordPolicy implements PasswordPolicy {

    static final int MIN_LENGTH = 10;
    /** zxcvbn's "safely unguessable": some 10^8 guesses and more. */
    static final int MIN_SCORE = 3;

    @Override
    public List<PasswordPolicyRule> getRules() {
        return List.of(new PasswordPolicyLengthRuleImpl(MIN_LENGTH), new PasswordPolicyUserDataRuleImpl(),
                new NotGuessable());
    }

    /** Not the user's name spelled without diacritics, and not guessable (zxcvbn). */
    static final class NotGuessable implements PasswordPolicyRule {

        static final String PLACEHOLDER = "PASSWORD_POLICY_NOT_GUESSABLE";
        /** Words Vietnamese passwords are made of, which zxcvbn's English dictionaries lack. */
        private static final List<String> VIETNAMESE = List.of("matkhau", "matkhaumoi", "moi", "vietnam", "hanoi",
                "saigon", "xinchao", "anhyeuem", "emyeuanh", "yeuem", "congnghe", "congngheso", "tocongnghe", "ubnd",
                "uybannhandan", "chutich", "congan", "totruong", "camunda", "admin", "demo");
        private static final Zxcvbn ZXCVBN = new Zxcvbn();

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
            return execute(candidatePassword, null);
        }

        @Override
        public boolean execute(String candidatePassword, User user) {
            if (candidatePassword == null) {
                return false;
            }
            List<String> own = user == null ? List.of() : ownWords(user);
            String plain = plain(candidatePassword);
            if (own.stream().anyMatch(word -> word.length() >= 3 && plain.contains(word))) {
                return false;
            }
            List<String> inputs = new ArrayList<>(VIETNAMESE);
            inputs.addAll(own);
            return ZXCVBN.measure(candidatePassword, inputs).getScore() >= MIN_SCORE;
        }

        /** The user's id and names, each name part and the name run together, all {@link #plain}. */
        private static List<String> ownWords(User user) {
            String first = user.getFirstName() == null ? "" : user.getFirstName();
            String last = user.getLastName() == null ? "" : user.getLastName();
            return Stream.of(Stream.of(user.getId(), first, last, first + last),
                            Stream.of((first + " " + last).split("\\s+")))
                    .flatMap(words -> words).map(NotGuessable::plain).filter(word -> !word.isEmpty()).distinct().toList();
        }

        /** Lower case, no diacritics (đ is d), letters and digits only: "Lô Thị" and "LoThi" are one. */
        static String plain(String text) {
            return Normalizer.normalize(text.toLowerCase(Locale.ROOT).replace('đ', 'd'), Normalizer.Form.NFD)
                    .replaceAll("[^a-z0-9]", "");
        }
    }
}
