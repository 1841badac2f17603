package org.marsad.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.event.Event;
import org.marsad.event.Party;

/**
 * Agreements, talks, appeals and accusations through the whole pipeline (real knowledge base and
 * entity layer): the parties who agree, meet or are called on, on sentences written for this test.
 * Each text opens with a neutral sentence so the one tested is read as body text.
 */
class DiplomacyEventsTest {
    private static List<Event> events(String text) { return EventFixture.events("وقال مصدر مطلع للصحفيين. " + text); }

    private static Event first(List<Event> evs, String type) { return EventFixture.first(evs, type); }

    private static Set<String> codes(List<Party> ps) { return EventFixture.codes(ps); }

    private static Set<String> parties(Event e) {
        Set<String> s = new java.util.TreeSet<>(codes(e.actor()));
        s.addAll(codes(e.recipient()));
        return s;
    }

    @Test
    void aBareSurnameIsThePersonNamedInFullEarlier() {
        // كير and مشار are words of KB names (كير ستارمر, places): alone, after the full names, they are the same people
        List<Event> evs = events("والتقى رئيس جنوب السودان سالفا كير زعيم المتمردين رياك مشار في أديس أبابا. "
                + "واتفق كير ومشار في ختام اللقاء على تبادل الأسرى.");
        Event e = null;
        for (Event x : evs) if (x.eventType().equals("AGREE")) e = x;
        assertNotNull(e, evs.toString());
        assertEquals(2, e.actor().size(), e.actor().toString());
        assertEquals(Set.of("SSD"), codes(e.actor()));
    }

    @Test
    void theTwoSidesOfAConflictInAStateAreThatStatesParties() {
        // not the hosts named last (Uganda, Sudan): "طرفا النزاع في جنوب السودان" are Kiir and Machar
        List<Event> evs = events("والتقى رئيس جنوب السودان سالفا كير زعيم المعارضة رياك مشار في كمبالا بحضور الرئيس الأوغندي "
                + "يويري موسيفيني والرئيس السوداني عمر البشير. وكان طرفا النزاع في جنوب السودان قد وافقا الجمعة على وقف إطلاق النار.");
        Event e = first(evs, "AGREE");
        assertNotNull(e, evs.toString());
        assertEquals(Set.of("SSD"), parties(e));
    }

    @Test
    void aGenericNounInATitleBeforeANameIsNoPartyOfItsOwn() {
        // "زعيم المعارضة رياك مشار" is one person: the opposition is not a third participant
        Event e = first(events("والتقى رئيس جنوب السودان سالفا كير زعيم المعارضة رياك مشار في أديس أبابا."), "CONSULT");
        assertNotNull(e);
        assertEquals(2, e.actor().size(), e.actor().toString());
    }

    @Test
    void anAgreementAfterTheAuxiliaryTammaIsTheActToldAndGenericSidesTakeTheState() {
        Event e = first(events("وقالت الأمم المتحدة إنه تم الاتفاق على هدنة بين الميليشيات المتناحرة في العاصمة الليبية طرابلس."), "AGREE");
        assertNotNull(e);
        assertEquals(Set.of("LBY"), codes(e.actor()));
        assertEquals(List.of("ceasefire"), e.context());
    }
}
