package org.marsad.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** The start-string analysis must over-approximate: every real match begins with one of them. */
class StartPrefixesTest {
    @Test
    void literalsClassesAndOptionalParts() {
        assertEquals(Set.of("امس", "امسي"), StartPrefixes.of("(?:امس|امسيات)")); // cut to LENGTH = 4
        assertEquals(Set.of("1", "2"), StartPrefixes.of("[12]"));
        assertEquals(Set.of("يوم ", "غدا"), StartPrefixes.of("(?:يوم\\s+)?غدا"));
        assertEquals(Set.of("الن", "الان"), StartPrefixes.of("(?=ا)ال(?!ب)ا?ن"));
    }

    @Test
    void unmodelledOrEmptyMeansAnything() {
        assertNull(StartPrefixes.of("(?:عام)?"));
        assertNull(StartPrefixes.of(".عام"));
        assertNull(StartPrefixes.of("[^0-9]"));
        assertNull(StartPrefixes.of("\\p{L}+"));
        // What follows a back-reference is anything: the strings before it become open prefixes.
        assertEquals(Set.of("1/1" + StartPrefixes.OPEN), StartPrefixes.of("1(?<s>/)1\\k<s>"));
        assertEquals(Set.of("/1" + StartPrefixes.OPEN, "-1" + StartPrefixes.OPEN), StartPrefixes.of("(?<s>[/-])1\\k<s>2"));
        assertEquals(Set.of("سنه" + StartPrefixes.OPEN, "عام"), StartPrefixes.of("(?:سنه\\p{L}|عام)"));
        assertNull(StartPrefixes.of("\\k<s>1"));
    }

    @Test
    void everyExampleMatchBeginsWithOneOfItsRulesStartStrings() {
        TimeLexicon lex = new TimeLexicon("/time/lexicon.tsv", "/time/numbers.tsv");
        String text = new NormalizedText("في 13 سبتمبر/أيلول 2022 وقبل ثلاثة أيام، ومنذ عام 1990 وحتى الأسبوع الماضي،"
                + " صباح الثلاثاء 2022-09-13 وفي الستينيات من القرن الماضي، كل يوم جمعة خلال شهر رمضان").norm;
        int matched = 0;
        for (TimeRules.Rule r : new TimeRules("/time/rules.tsv", lex).all()) {
            Matcher m = r.pattern().matcher(text);
            while (m.find()) {
                if (m.end("x") == m.start("x") || r.starts() == null) continue;
                String span = text.substring(m.start("x"), m.end("x"));
                boolean covered = r.starts().stream().anyMatch(p -> span.startsWith(StartPrefixes.text(p)));
                assertTrue(covered, r.name() + " matched \"" + span + "\" outside its start strings");
                matched++;
            }
        }
        assertTrue(matched > 5, "the sentence should exercise several rules");
        assertNotNull(StartPrefixes.of("[0-9]{4}"));
    }
}
