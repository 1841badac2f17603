package org.marsad.text;

/**
 * {@link Character}'s letter, digit and white-space tests for a {@code char}, read from one table
 * built at class load. The scanners of the time and casualty taggers ask them of every character of
 * every article; {@code Character}'s own tests walk several tables per call, which the C1 compiler
 * the launcher uses does not fold away. Each test here answers exactly what the
 * {@code Character} method of the same name answers for a {@code char} (surrogates included:
 * neither letters nor digits nor white space on their own).
 */
public final class CharKinds {
    private static final byte LETTER = 1, DIGIT = 2, WHITESPACE = 4;
    private static final byte[] KIND = new byte[0x10000];

    static {
        // One getType per character (this runs once, before anything is compiled): the letter
        // categories are isLetter's, DECIMAL_DIGIT_NUMBER is isDigit's, and isWhitespace is only
        // ever true for a separator or a control character.
        int letters = 1 << Character.UPPERCASE_LETTER | 1 << Character.LOWERCASE_LETTER | 1 << Character.TITLECASE_LETTER
                | 1 << Character.MODIFIER_LETTER | 1 << Character.OTHER_LETTER;
        int spaces = 1 << Character.SPACE_SEPARATOR | 1 << Character.LINE_SEPARATOR | 1 << Character.PARAGRAPH_SEPARATOR
                | 1 << Character.CONTROL;
        for (int c = 0; c < KIND.length; c++) {
            int type = 1 << Character.getType(c);
            int k = 0;
            if ((type & letters) != 0) k |= LETTER;
            if (type == 1 << Character.DECIMAL_DIGIT_NUMBER) k |= DIGIT;
            if ((type & spaces) != 0 && Character.isWhitespace(c)) k |= WHITESPACE;
            KIND[c] = (byte) k;
        }
    }

    private CharKinds() {}

    /** {@link Character#isLetter(char)}. */
    public static boolean isLetter(char c) { return (KIND[c] & LETTER) != 0; }

    /** {@link Character#isDigit(char)}. */
    public static boolean isDigit(char c) { return (KIND[c] & DIGIT) != 0; }

    /** {@link Character#isLetterOrDigit(char)}: a letter or a decimal digit. */
    public static boolean isLetterOrDigit(char c) { return (KIND[c] & (LETTER | DIGIT)) != 0; }

    /** {@link Character#isWhitespace(char)}. */
    public static boolean isWhitespace(char c) { return (KIND[c] & WHITESPACE) != 0; }
}
