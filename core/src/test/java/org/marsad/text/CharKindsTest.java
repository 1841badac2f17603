package org.marsad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The table answers what Character answers, for every char. */
class CharKindsTest {
    @Test
    void agreesWithCharacterOnEveryChar() {
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            assertEquals(Character.isLetter(c), CharKinds.isLetter(c), () -> "isLetter U+" + Integer.toHexString(c));
            assertEquals(Character.isDigit(c), CharKinds.isDigit(c), () -> "isDigit U+" + Integer.toHexString(c));
            assertEquals(Character.isLetterOrDigit(c), CharKinds.isLetterOrDigit(c), () -> "isLetterOrDigit U+" + Integer.toHexString(c));
            assertEquals(Character.isWhitespace(c), CharKinds.isWhitespace(c), () -> "isWhitespace U+" + Integer.toHexString(c));
        }
    }
}
