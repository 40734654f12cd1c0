package cn.baiyun.hte.enterprise;

import java.util.Locale;
import java.util.Objects;

/**
 * Unified social credit code (统一社会信用代码) according to GB 32100-2015.
 *
 * <p>18 characters from the alphabet {@value #ALPHABET} (digits and upper-case letters except
 * I, O, S, V and Z): position 1 registration authority, 2 entity type, 3–8 administrative
 * division code, 9–17 organisation code, 18 check character.
 *
 * <p>Instances are always valid. Use {@link #parse(String)} for user input; it normalises the
 * input and reports precisely what is wrong.
 *
 * @param value the normalised 18-character code
 */
public record UnifiedSocialCreditCode(String value) {

    /** The code alphabet; a character's value is its index. */
    public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /** Required length. */
    public static final int LENGTH = 18;

    private static final int MODULUS = ALPHABET.length(); // 31
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    /** Administrative division code of 贵阳市白云区 (Baiyun District, Guiyang). */
    public static final String BAIYUN_DIVISION_CODE = "520113";

    /** @throws IllegalArgumentException if {@code value} is not a valid, normalised code */
    public UnifiedSocialCreditCode {
        Objects.requireNonNull(value, "value");
        UsccProblem problem = findProblem(value);
        if (problem != null) {
            throw new IllegalArgumentException("Invalid unified social credit code '" + value + "': " + problem);
        }
    }

    /**
     * Normalises (see {@link #normalise(String)}) and validates user input.
     *
     * @param input raw input, may be {@code null}
     * @return {@link UsccCheck.Valid} with the code, or {@link UsccCheck.Invalid} with the first problem found,
     *         checked in this order: empty, length, illegal character, check character
     */
    public static UsccCheck parse(String input) {
        String normalised = normalise(input);
        UsccProblem problem = findProblem(normalised);
        return problem == null
                ? new UsccCheck.Valid(new UnifiedSocialCreditCode(normalised))
                : new UsccCheck.Invalid(problem);
    }

    /**
     * Like {@link #parse(String)} but throws.
     *
     * @throws IllegalArgumentException if the input is not a valid code
     */
    public static UnifiedSocialCreditCode of(String input) {
        return new UnifiedSocialCreditCode(normalise(input));
    }

    /**
     * Builds a valid code from its first 17 characters by appending the check character.
     *
     * @param first17 17 characters from {@link #ALPHABET} (normalised like {@link #parse(String)} input)
     * @throws IllegalArgumentException if {@code first17} is not 17 alphabet characters
     */
    public static UnifiedSocialCreditCode withCheckCharacter(String first17) {
        String prefix = normalise(first17);
        int[] codePoints = prefix.codePoints().toArray();
        if (codePoints.length != LENGTH - 1) {
            throw new IllegalArgumentException("Need 17 characters, got " + codePoints.length + ": '" + prefix + "'");
        }
        for (int i = 0; i < codePoints.length; i++) {
            if (valueOf(codePoints[i]) < 0) {
                throw new IllegalArgumentException("Illegal character at position " + (i + 1) + ": '" + prefix + "'");
            }
        }
        return new UnifiedSocialCreditCode(prefix + checkCharacter(prefix));
    }

    /**
     * Trims, converts full-width ASCII (Ａ–Ｚ, ａ–ｚ, ０–９ and the ideographic space) to half-width and
     * upper-cases. Never returns {@code null}.
     */
    public static String normalise(String input) {
        if (input == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(input.length());
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if ((c >= '０' && c <= '９') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ')) {
                c = (char) (c - 0xFEE0);
            } else if (c == '\u3000') {
                c = ' ';
            }
            sb.append(c);
        }
        return sb.toString().strip().toUpperCase(Locale.ROOT);
    }

    /** Position 1: registration authority code (e.g. {@code 9} = market regulation / 工商). */
    public char registrationAuthority() {
        return value.charAt(0);
    }

    /** Position 2: entity type code within the registration authority (e.g. {@code 1} = enterprise under {@code 9}). */
    public char entityType() {
        return value.charAt(1);
    }

    /** Positions 3–8: administrative division code (e.g. {@code 520113} for Guiyang Baiyun). */
    public String administrativeDivisionCode() {
        return value.substring(2, 8);
    }

    /** Positions 9–17: organisation code body. */
    public String organisationCode() {
        return value.substring(8, 17);
    }

    /** Position 18: check character. */
    public char checkCharacter() {
        return value.charAt(17);
    }

    /** Whether the code was registered in Baiyun District ({@value #BAIYUN_DIVISION_CODE}). */
    public boolean isRegisteredInBaiyun() {
        return BAIYUN_DIVISION_CODE.equals(administrativeDivisionCode());
    }

    @Override
    public String toString() {
        return value;
    }

    /** Returns the first problem of an already normalised string, or {@code null} if it is valid. */
    private static UsccProblem findProblem(String s) {
        if (s.isEmpty()) {
            return UsccProblem.empty();
        }
        int[] codePoints = s.codePoints().toArray();
        if (codePoints.length != LENGTH) {
            return UsccProblem.length(codePoints.length);
        }
        for (int i = 0; i < LENGTH; i++) {
            if (valueOf(codePoints[i]) < 0) {
                return UsccProblem.character(i + 1, Character.toString(codePoints[i]));
            }
        }
        char expected = checkCharacter(s);
        char found = s.charAt(LENGTH - 1);
        return expected == found ? null : UsccProblem.check(expected, found);
    }

    /** Check character for the first 17 characters of {@code s}, which must all be in the alphabet. */
    private static char checkCharacter(String s) {
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            sum += valueOf(s.charAt(i)) * WEIGHTS[i];
        }
        int check = (MODULUS - sum % MODULUS) % MODULUS;
        return ALPHABET.charAt(check);
    }

    private static int valueOf(int codePoint) {
        return codePoint < 0x80 ? ALPHABET.indexOf(codePoint) : -1;
    }
}
