package org.marsad.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Datelines before a first sentence, on openings written for this test. */
class DatelinesTest {
    private static String after(String s) { return s.substring(Datelines.end(s, 0, s.length(), true)); }

    @Test
    void aPlaceAndAnAgencyBeforeTheReportAreItsDateline() {
        assertEquals(" قالت مصادر طبية إن 25 مدنيا قتلوا.", after("الخرطوم (وكالات) - قالت مصادر طبية إن 25 مدنيا قتلوا."));
        assertEquals(" أعلن الجيش توقيف شخصين.", after("بيروت في 5 كانون الثاني 2021 (أ ف ب) – أعلن الجيش توقيف شخصين."));
        assertEquals(" قال الوزير إن المحادثات مستمرة.", after("عمّان - وكالات - قال الوزير إن المحادثات مستمرة."));
        assertEquals("-- قالت الوزارة".substring(2), after("الدوحة، قطر (CNN)-- قالت الوزارة"));
        assertEquals(" أعلنت الجماعة استهداف سفينة.", after("صنعاء - أعلنت الجماعة استهداف سفينة."));
        // a place whose name begins with و is still one
        assertEquals(" قتل 15 مدنيا.", after("واغادوغو (أ ف ب) - قتل 15 مدنيا."));
        assertEquals(" قال البيت الأبيض إن المحادثات مستمرة.", after("واشنطن - قال البيت الأبيض إن المحادثات مستمرة."));
    }

    @Test
    void aDashInsideTheReportIsNoDateline() {
        for (String s : java.util.List.of("قال الوزير إن القوات - التي وصلت أمس - انسحبت من المدينة.",
                "أكدت الحكومة أن قواتها استعادت البلدة - بحسب بيان - في الشمال.",
                "وقال الوزير المفوض - وهو مسؤول الملف - إن المحادثات مستمرة.",
                "وقال الوزير - في مؤتمر صحفي - إن المحادثات مستمرة.",
                "وقال الوزير - إن المحادثات مستمرة.",
                "العلاقات الروسية-الأوكرانية تتدهور.")) {
            assertEquals(s, after(s));
        }
    }

    @Test
    void inTheArticlesBodyOnlyTheBracketedAgencyAndDoubleDashFormCount() {
        String s = "الرئيس الأسد - الذي وصل أمس - التقى الوفد.";
        assertEquals(0, Datelines.end(s, 0, s.length(), false));
        String t = "الدوحة، قطر (CNN)-- قالت الوزارة";
        assertEquals(t.indexOf("--") + 2, Datelines.end(t, 0, t.length(), false));
        assertEquals(true, Datelines.paragraphStart("عنوان\n\n  الخرطوم (وكالات) - قال", 8));
    }
}
