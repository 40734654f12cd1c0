package cn.baiyun.hte.roadshow;

import java.security.SecureRandom;

/**
 * Check-in codes: six characters from an alphabet without look-alikes (no 0/O, 1/I/L), read out or typed at
 * the door. 31⁶ ≈ 887 million codes against at most a few thousand registrations of an event: guessing one of
 * an event's codes takes hundreds of thousands of tries, and organisers alone may try. Unique within the event
 * by index; a collision is drawn again.
 */
final class CheckInCodes {

    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    static final int LENGTH = 6;
    private static final SecureRandom RANDOM = new SecureRandom();

    private CheckInCodes() {
    }

    static String next() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** A code as people type it: blanks and hyphens dropped, upper case; null if it cannot be a code. */
    static String normalized(String typed) {
        if (typed == null) {
            return null;
        }
        String code = typed.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
        return code.length() == LENGTH && code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0) ? code : null;
    }
}
