package cn.baiyun.hte.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import cn.baiyun.hte.enterprise.UsccProblem.Kind;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class UnifiedSocialCreditCodeTest {

    private static final String ALPHABET = UnifiedSocialCreditCode.ALPHABET;

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y43", "91110000600037341L", "91440300708461136T", "914403001922038216"})
    void acceptsValidCodes(String code) {
        UsccCheck check = UnifiedSocialCreditCode.parse(code);

        assertThat(check).isInstanceOf(UsccCheck.Valid.class);
        assertThat(check.isValid()).isTrue();
        assertThat(check.problemIfInvalid()).isEmpty();
        assertThat(check.codeIfValid()).get().extracting(UnifiedSocialCreditCode::value).isEqualTo(code);
    }

    @Test
    void alphabetHas31CharactersAndNeverIOSVZ() {
        assertThat(ALPHABET).hasSize(31).doesNotContain("I", "O", "S", "V", "Z");
    }

    @Test
    void normalisesWhitespaceCaseAndFullWidthCharacters() {
        assertThat(UnifiedSocialCreditCode.parse("  91350100m000100y43\t").codeIfValid())
                .get().hasToString("91350100M000100Y43");
        assertThat(UnifiedSocialCreditCode.parse("\u3000９１３５０１００Ｍ０００１００ｙ４３\u3000").codeIfValid())
                .get().hasToString("91350100M000100Y43");
        assertThat(UnifiedSocialCreditCode.of(" 91110000600037341l ").value()).isEqualTo("91110000600037341L");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\u3000", "\t\n"})
    void reportsEmpty(String input) {
        assertThat(problemOf(input)).isEqualTo(new UsccProblem(Kind.EMPTY, "uscc.empty", new Object[0]));
    }

    @Test
    void reportsWrongLengthWithActualLength() {
        UsccProblem tooShort = problemOf("91350100M000100Y4");
        assertThat(tooShort.kind()).isEqualTo(Kind.LENGTH);
        assertThat(tooShort.messageKey()).isEqualTo("uscc.length");
        assertThat(tooShort.args()).containsExactly(17, 18);

        assertThat(problemOf("91350100M000100Y433").args()).containsExactly(19, 18);
        assertThat(problemOf("9").args()).containsExactly(1, 18);
        // Length is checked before characters, and counts characters, not UTF-16 units.
        assertThat(problemOf("统一社会信用代码").args()).containsExactly(8, 18);
    }

    @Test
    void reportsIllegalCharacterWithOneBasedPosition() {
        assertThat(problemOf("91350100MO00100Y43"))
                .isEqualTo(new UsccProblem(Kind.CHARACTER, "uscc.character", new Object[] {10, "O"}));
        // lower case is upper-cased first, so the reported character is the upper-case one
        assertThat(problemOf("i1350100M000100Y43").args()).containsExactly(1, "I");
        assertThat(problemOf("91350100M000100Y4Z").args()).containsExactly(18, "Z");
        assertThat(problemOf("91350100-000100Y43").args()).containsExactly(9, "-");
        assertThat(problemOf("9135 100M000100Y43").args()).containsExactly(5, " ");
        assertThat(problemOf("913501京M000100Y43X").args()).containsExactly(7, "京");
        assertThat(problemOf("91350100M000100Y4\uD83D\uDE00").args()).containsExactly(18, "\uD83D\uDE00");
        for (char c : "IOSVZ".toCharArray()) {
            assertThat(problemOf("9" + c + "350100M000100Y43").args()).containsExactly(2, String.valueOf(c));
        }
    }

    @Test
    void reportsWrongCheckCharacterWithExpectedAndFound() {
        assertThat(problemOf("91350100M000100Y44"))
                .isEqualTo(new UsccProblem(Kind.CHECK, "uscc.check", new Object[] {"3", "4", 18}));
        assertThat(problemOf("91110000600037341K").args()).containsExactly("L", "K", 18);
        assertThat(problemOf("914403001922038210").args()).containsExactly("6", "0", 18);
        // a typo in the body (position 17: 4 -> 5) is reported at the check character
        assertThat(problemOf("91350100M000100Y53").args()).containsExactly("6", "3", 18);
    }

    @Test
    void exposesParts() {
        UnifiedSocialCreditCode code = UnifiedSocialCreditCode.of("91350100M000100Y43");

        assertThat(code.registrationAuthority()).isEqualTo('9');
        assertThat(code.entityType()).isEqualTo('1');
        assertThat(code.administrativeDivisionCode()).isEqualTo("350100");
        assertThat(code.organisationCode()).isEqualTo("M000100Y4");
        assertThat(code.checkCharacter()).isEqualTo('3');
        assertThat(code.isRegisteredInBaiyun()).isFalse();
    }

    @Test
    void generatesBaiyunCodes() {
        UnifiedSocialCreditCode code = UnifiedSocialCreditCode.withCheckCharacter("91520113MA6DK0001");

        assertThat(code.value()).startsWith("91520113MA6DK0001").hasSize(18);
        assertThat(UnifiedSocialCreditCode.parse(code.value()).isValid()).isTrue();
        assertThat(code.administrativeDivisionCode()).isEqualTo(UnifiedSocialCreditCode.BAIYUN_DIVISION_CODE);
        assertThat(code.isRegisteredInBaiyun()).isTrue();
    }

    @Test
    void generatorReproducesTheKnownCheckCharacters() {
        assertThat(UnifiedSocialCreditCode.withCheckCharacter("91350100M000100Y4")).hasToString("91350100M000100Y43");
        assertThat(UnifiedSocialCreditCode.withCheckCharacter("91110000600037341")).hasToString("91110000600037341L");
        assertThat(UnifiedSocialCreditCode.withCheckCharacter("91440300708461136")).hasToString("91440300708461136T");
        assertThat(UnifiedSocialCreditCode.withCheckCharacter("91440300192203821")).hasToString("914403001922038216");
    }

    @Test
    void generatorRejectsBadPrefixes() {
        assertThatIllegalArgumentException().isThrownBy(() -> UnifiedSocialCreditCode.withCheckCharacter("9152011"));
        assertThatIllegalArgumentException().isThrownBy(() -> UnifiedSocialCreditCode.withCheckCharacter("91350100M000100Y43"));
        assertThatIllegalArgumentException().isThrownBy(() -> UnifiedSocialCreditCode.withCheckCharacter("91520113MA6DK000O"));
        assertThatIllegalArgumentException().isThrownBy(() -> UnifiedSocialCreditCode.withCheckCharacter(null));
    }

    @Test
    void constructorAndOfRejectInvalidCodes() {
        assertThatIllegalArgumentException().isThrownBy(() -> new UnifiedSocialCreditCode("91350100M000100Y44"))
                .withMessageContaining("uscc.check");
        assertThatIllegalArgumentException().isThrownBy(() -> new UnifiedSocialCreditCode("91350100m000100y43"));
        assertThatIllegalArgumentException().isThrownBy(() -> UnifiedSocialCreditCode.of(""));
    }

    @Test
    void everySingleCharacterSubstitutionOfAGeneratedCodeIsDetected() {
        Random random = new Random(20260515L);
        for (int n = 0; n < 300; n++) {
            StringBuilder prefix = new StringBuilder();
            for (int i = 0; i < 17; i++) {
                prefix.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String code = UnifiedSocialCreditCode.withCheckCharacter(prefix.toString()).value();
            assertThat(UnifiedSocialCreditCode.parse(code).isValid()).as(code).isTrue();

            for (int pos = 0; pos < 18; pos++) {
                for (char replacement : ALPHABET.toCharArray()) {
                    if (replacement == code.charAt(pos)) {
                        continue;
                    }
                    String altered = code.substring(0, pos) + replacement + code.substring(pos + 1);
                    UsccCheck check = UnifiedSocialCreditCode.parse(altered);
                    assertThat(check.isValid()).as("%s altered at %d to %s", code, pos + 1, replacement).isFalse();
                    assertThat(check.problemIfInvalid()).get().extracting(UsccProblem::kind).isEqualTo(Kind.CHECK);
                }
            }
        }
    }

    @Test
    void problemArgsAreDefensivelyCopied() {
        UsccProblem problem = problemOf("91350100M000100Y4");
        problem.args()[0] = 99;
        assertThat(problem.args()).containsExactly(17, 18);
    }

    private static UsccProblem problemOf(String input) {
        UsccCheck check = UnifiedSocialCreditCode.parse(input);
        assertThat(check).as("parse(%s)", input).isInstanceOf(UsccCheck.Invalid.class);
        assertThat(check.codeIfValid()).isEmpty();
        return ((UsccCheck.Invalid) check).problem();
    }
}
