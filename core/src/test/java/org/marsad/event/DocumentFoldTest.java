package org.marsad.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.quantity.Size;

/**
 * The per-document merge on tellings built by hand: what folds into what, and what stays apart.
 * The sentences are written for this test; the candidates stand for what the extractor reads.
 */
class DocumentFoldTest {
    private static final Location STATE = new Location("اليمن", "Yemen", "YEM", 15.5, 48.5);
    private static final Location CAPITAL = new Location("صنعاء", "Sanaa", "YEM", 15.35, 44.2);
    private static final Location TOWN = new Location("مأرب", "Marib", "YEM", 15.46, 45.32);
    private static final PlaceScope SCOPE = new PlaceScope(Set.of("Yemen"));

    /** The text the evidence offsets point into: one line per telling. */
    private static final String TEXT = String.join("\n",
            "مقتل 12 شخصا في غارات جوية على اليمن",
            "وقتل 12 شخصا على الأقل في غارات شنها التحالف على حي سكني في صنعاء.",
            "وقصفت طائرات التحالف مواقع في مأرب.",
            "وقالت مصادر إن التحالف شن الغارة.",
            "وبلغ عدد القتلى في اليمن 30 شخصا.");

    private static int line(int k) {
        int at = 0;
        for (int i = 0; i < k; i++) at = TEXT.indexOf('\n', at) + 1;
        return at;
    }

    private static Candidate telling(int sentence, String type, String mode, List<Party> actor, List<Party> recipient, Location... places) {
        Candidate c = new Candidate();
        c.type = type; c.mode = mode; c.sentence = sentence;
        c.date = "2020-05-05";
        c.actor.addAll(actor); c.recipient.addAll(recipient);
        c.locations.addAll(List.of(places));
        c.evStart = line(sentence);
        int end = TEXT.indexOf('\n', c.evStart);
        c.evEnd = end < 0 ? TEXT.length() : end;
        c.trigChar = c.evStart;
        return c;
    }

    private static final Party COALITION = new Party("التحالف", "SAU", "MIL", null);
    private static final Party YEMENIS = new Party("يمنيين", "YEM", null, null);

    private static List<Event> merge(Candidate... cs) { return DocumentMerge.merge("d", TEXT, List.of(cs), SCOPE); }

    @Test
    void headlineNamingTheCountryFoldsIntoTheLeadNamingTheCity() {
        Candidate head = telling(0, "ASSAULT", "aerial", List.of(), List.of(YEMENIS), STATE);
        head.killed = new Size(12, 12, null);
        Candidate lead = telling(1, "ASSAULT", "aerial", List.of(COALITION), List.of(YEMENIS), CAPITAL);
        lead.killed = new Size(12, 12, null);
        lead.dated = true;
        List<Event> evs = merge(head, lead);
        assertEquals(1, evs.size(), evs.toString());
        assertEquals("SAU", evs.get(0).actor().get(0).code());
        assertTrue(evs.get(0).evidence().sentence().contains("صنعاء"), "the more informative sentence is the evidence");
    }

    @Test
    void strikesOnTwoTownsOfOneDayStayTwo() {
        Candidate a = telling(1, "ASSAULT", "aerial", List.of(COALITION), List.of(YEMENIS), CAPITAL, STATE);
        Candidate b = telling(2, "ASSAULT", "aerial", List.of(COALITION), List.of(YEMENIS), TOWN, STATE);
        assertEquals(2, merge(a, b).size());
    }

    @Test
    void attackerInOneTellingAndVictimsInAnotherMakeOneAct() {
        Candidate victims = telling(1, "ASSAULT", "aerial", List.of(), List.of(YEMENIS), CAPITAL);
        victims.killed = new Size(12, 12, null);
        Candidate claim = telling(3, "ASSAULT", "aerial", List.of(COALITION), List.of());
        claim.status = "claimed";
        List<Event> evs = merge(victims, claim);
        assertEquals(1, evs.size(), evs.toString());
        assertEquals(Set.of("SAU"), EventExtractorTest.codes(evs.get(0).actor()));
        assertEquals(Set.of("YEM"), EventExtractorTest.codes(evs.get(0).recipient()));
    }

    @Test
    void aCountrywideTollIsNotTheTollOfOneStrikeInATown() {
        Candidate strike = telling(2, "ASSAULT", "aerial", List.of(), List.of(YEMENIS), TOWN);
        Candidate toll = telling(4, "ASSAULT", null, List.of(), List.of(YEMENIS), STATE);
        toll.killed = new Size(30, 30, null);
        toll.fromCasualty = true;
        assertEquals(2, merge(strike, toll).size());
    }

    @Test
    void aPlannedAttackIsNotTheAttackDone() {
        Candidate done = telling(1, "ASSAULT", "aerial", List.of(COALITION), List.of(YEMENIS), CAPITAL);
        Candidate planned = telling(2, "ASSAULT", null, List.of(COALITION), List.of());
        planned.status = "planned";
        assertEquals(2, merge(done, planned).size());
    }

    @Test
    void accusationsOfDifferentPartiesStayApart() {
        Party usa = new Party("الأمريكية", "USA", null, null);
        Candidate one = telling(3, "ACCUSE", "allege", List.of(YEMENIS), List.of(usa));
        Candidate other = telling(4, "ACCUSE", "allege", List.of(YEMENIS), List.of(YEMENIS));
        assertEquals(2, merge(one, other).size());
        Candidate again = telling(4, "ACCUSE", "allege", List.of(YEMENIS), List.of());
        assertEquals(1, merge(one, again).size(), "a retelling naming only the accuser is the same accusation");
    }

    @Test
    void twoSourcesTollsOfOneSceneAreOneActWithTheFullerTellingsToll() {
        Candidate lead = telling(1, "ASSAULT", "aerial", List.of(COALITION), List.of(YEMENIS), CAPITAL);
        lead.killed = new Size(12, 12, null);
        Candidate rebels = telling(3, "ASSAULT", "aerial", List.of(), List.of(YEMENIS), CAPITAL);
        rebels.killed = new Size(null, 30, null);
        List<Event> evs = merge(lead, rebels);
        assertEquals(1, evs.size(), evs.toString());
        assertEquals(12, evs.get(0).size().killed().best());
        Candidate other = telling(2, "ASSAULT", "aerial", List.of(COALITION), List.of(YEMENIS), CAPITAL);
        other.killed = new Size(null, 30, null);
        assertEquals(2, merge(lead, other).size(), "the same attacker's strike with another toll is another strike");
    }

    @Test
    void anAttackWithNoPartyIsOfTheStateOfTheArticlesPlace() {
        Candidate lead = telling(1, "ASSAULT", "aerial", List.of(COALITION), List.of(YEMENIS), CAPITAL);
        Candidate old = telling(4, "ASSAULT", "aerial", List.of(), List.of());
        old.date = "2016-10"; old.dated = true;
        old.killed = new Size(140, 140, null);
        Candidate clashes = telling(2, "ASSAULT", null, List.of(), List.of(), TOWN);
        clashes.mutual = true; clashes.date = "2016-09"; clashes.dated = true;
        List<Event> evs = merge(lead, old, clashes);
        assertEquals(3, evs.size(), evs.toString());
        assertEquals(Set.of("YEM"), EventExtractorTest.codes(evs.get(1).recipient()));
        assertEquals(Set.of("YEM"), EventExtractorTest.codes(evs.get(2).actor()));
        assertTrue(evs.get(2).recipient().isEmpty());
    }

    @Test
    void aBareTollWithItsOwnTimeIsAnotherAct() {
        // "وقتل 30 شخصا في غارات التحالف" and later "وقتل فجر الأحد ثلاثة مزارعين": another day's dead
        Candidate raid = telling(1, "ASSAULT", "aerial", List.of(COALITION), List.of(YEMENIS), CAPITAL);
        raid.killed = new Size(null, 30, null);
        Candidate bare = telling(4, "ASSAULT", "aerial", List.of(), List.of());
        bare.killed = Size.exactly(2);
        bare.dated = true;
        assertEquals(2, merge(raid, bare).size());
    }

    @Test
    void aBareTollOfAnotherSourceIsTheActToldAgain() {
        // "وقالت إذاعة محلية إن 15 قتيلا سقطوا في القصف": the same strike counted by another source
        Candidate raid = telling(1, "ASSAULT", "aerial", List.of(COALITION), List.of(YEMENIS), CAPITAL);
        raid.killed = new Size(12, 12, null);
        Candidate bare = telling(4, "ASSAULT", "aerial", List.of(), List.of());
        bare.killed = Size.exactly(20);
        bare.status = "claimed";
        List<Event> evs = merge(raid, bare);
        assertEquals(1, evs.size(), evs.toString());
    }

    @Test
    void aBareTollNamingAWeaponGoesToTheActOfThatWeapon() {
        // "قتلت الشرطة مسلحَين" / "خمسة قتلى بينهم الانتحاري" / "انفجرت شاحنة ملغومة عند المعبر"
        Candidate shooting = telling(2, "ASSAULT", null, List.of(YEMENIS), List.of(), TOWN);
        shooting.killed = Size.exactly(3);
        Candidate toll = telling(4, "ASSAULT", "suicide-attack", List.of(), List.of());
        toll.killed = Size.exactly(6);
        Candidate bomb = telling(3, "ASSAULT", "explosives", List.of(YEMENIS), List.of(), TOWN);
        List<Event> evs = merge(shooting, bomb, toll);
        assertEquals(2, evs.size(), evs.toString());
        assertEquals(3, evs.get(0).size().killed().best());
        assertEquals("suicide-attack", evs.get(1).mode());
        assertEquals(6, evs.get(1).size().killed().best());
    }

    private static final Party MONITOR = new Party("مصادر طبية", null, null, null);

    @Test
    void aLeadToldWithoutItsSourceIsClaimedWhenTheBodyAttributesIt() {
        // "مقتل 12 شخصا في غارات جوية" and later "..., وفق ما أفادت مصادر طبية": the lead sums the report
        Candidate lead = telling(1, "ASSAULT", "aerial", List.of(COALITION), List.of(YEMENIS), CAPITAL);
        lead.killed = new Size(12, 12, null);
        Candidate body = telling(3, "ASSAULT", "aerial", List.of(COALITION), List.of());
        body.status = "claimed";
        body.claimedBy.add(MONITOR);
        List<Event> evs = merge(lead, body);
        assertEquals(1, evs.size(), evs.toString());
        assertEquals("claimed", evs.get(0).status());
        assertEquals("مصادر طبية", evs.get(0).claimedBy().get(0).text());
    }

    @Test
    void anOfficialOrOwnCorrespondentsTellingStaysTheOutletsFact() {
        // "أعلنت السلطات مقتل 12 شخصا" beside "وذكرت مصادر أن بين الضحايا طفلين": the fact stands
        Candidate lead = telling(1, "ASSAULT", "aerial", List.of(COALITION), List.of(YEMENIS), CAPITAL);
        lead.killed = new Size(12, 12, null);
        lead.official = true;
        Candidate body = telling(3, "ASSAULT", "aerial", List.of(COALITION), List.of());
        body.status = "claimed";
        body.claimedBy.add(MONITOR);
        List<Event> evs = merge(lead, body);
        assertEquals(1, evs.size(), evs.toString());
        assertEquals("asserted", evs.get(0).status());
        assertTrue(evs.get(0).claimedBy().isEmpty());
    }

    @Test
    void theArmyAndTheRebelsOfOneStateAreTwoAttackersAPersonMayBeEither() {
        Party army = new Party("القوات الحكومية", "YEM", "MIL", null), rebels = new Party("الحوثيون", "YEM", "REB", null);
        Party leader = new Party("عبد الملك الحوثي", "YEM", null, "Abdul-Malik al-Houthi");
        Candidate byArmy = telling(2, "ASSAULT", "heavy-weapons", List.of(army), List.of(), TOWN);
        Candidate byRebels = telling(2, "ASSAULT", "heavy-weapons", List.of(rebels), List.of(), TOWN);
        Candidate byLeader = telling(2, "ASSAULT", "heavy-weapons", List.of(leader), List.of(), TOWN);
        assertTrue(DocumentFold.attackersDiffer(byArmy, byRebels));
        assertTrue(!DocumentFold.attackersDiffer(byLeader, byRebels) && !DocumentFold.attackersDiffer(byArmy, byLeader));
        assertEquals(2, merge(byArmy, telling(3, "ASSAULT", "heavy-weapons", List.of(rebels), List.of(), TOWN)).size());
    }

    @Test
    void clashesAndAnAirStrikeOfOneDayAreTwoActsADestructionIsTheStrike() {
        Candidate clashes = telling(2, "ASSAULT", null, List.of(COALITION, YEMENIS), List.of(), TOWN);
        clashes.mutual = true;
        Candidate strike = telling(3, "ASSAULT", "aerial", List.of(COALITION), List.of(YEMENIS), TOWN);
        assertEquals(2, merge(clashes, strike).size());
        Candidate destroyed = telling(4, "ASSAULT", "destroy", List.of(COALITION), List.of(), TOWN);
        List<Event> evs = merge(strike, destroyed);
        assertEquals(1, evs.size(), evs.toString());
        assertEquals("aerial", evs.get(0).mode());
    }
}
