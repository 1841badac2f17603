package org.marsad.event;

import java.util.List;
import org.marsad.text.TextLayer;

/** A capital standing for its state as a party of a verb, though the article names the state nowhere else. */
final class CapitalParties {
    private CapitalParties() {}

    /**
     * A capital with no preposition right after a verb, or right after the phrase that follows a verb ("اتهمت بغداد
     * أنقرة"), or right before a verb ("وكانت نيامي قد اتهمت", "بغداد تتهم").
     */
    static boolean aroundVerb(TextLayer tl, List<Unit> units, Unit u, boolean[] verbAt, int a) {
        if (!u.capital() || u.first() <= a) return false;
        if (verbAt[u.first() - 1]) return true;
        int next = u.end();
        if (next < verbAt.length && tl.surfaceNorm(next).equals("قد")) next++;
        if (next < verbAt.length && verbAt[next]) return true;
        for (Unit w : units) if (w != u && w.end() == u.first() && w.prep() == null && w.first() > a && verbAt[w.first() - 1]) return true;
        return false;
    }
}
