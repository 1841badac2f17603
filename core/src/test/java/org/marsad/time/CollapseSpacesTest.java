package org.marsad.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The regex-free helpers of TimeLexicon agree with the regexes they replace. */
class CollapseSpacesTest {
    @Test
    void collapsesLikeReplaceAll() {
        for (String s : new String[] {"", "a", "a b", "a  b", " a\tb ", "a\n\n b\r\fc", "يوم  الخميس", "\u000Bx", "a\u00A0 b", "  "}) {
            assertEquals(s.replaceAll("\\s+", " "), TimeLexicon.collapseSpaces(s), "[" + s + "]");
        }
    }

    @Test
    void allDigitsLikeMatches() {
        assertTrue(TimeLexicon.allDigits("2024"));
        assertFalse(TimeLexicon.allDigits(""));
        assertFalse(TimeLexicon.allDigits("2.5"));
        assertFalse(TimeLexicon.allDigits("٣"));
    }
}
