package org.marsad.event;

import java.util.List;
import java.util.Set;
import org.marsad.text.TextLayer;

/** Units named as a mediator of talks, a deal or an exchange (spec §2: a mediator is not a party to it). */
final class Mediators {
    private Mediators() {}

    private static final Set<String> MEDIATION = CueWords.set("mediation");

    /**
     * Unit {@code k} of a sentence's units is named as a mediator: a word of mediation heads it or stands right
     * before it ("بوساطة قطرية"), or it is joined by و to a mediator ("بوساطة سعودية وأميركية").
     */
    static boolean named(TextLayer tl, List<Unit> units, int k, int a) {
        Unit u = units.get(k);
        if (named(tl, u, a)) return true;
        return k > 0 && u.conj() && units.get(k - 1).end() >= u.first() - 1 && named(tl, units.get(k - 1), a);
    }

    /** A unit named as a mediator: a word of mediation heads it or stands right before it ("بوساطة قطرية"). */
    private static boolean named(TextLayer tl, Unit u, int a) {
        for (int p = u.demonym() ? u.first() : u.first() - 1; p >= Math.max(a, u.first() - 2); p--) {
            if (MEDIATION.contains(tl.surfaceNorm(p)) || MEDIATION.contains(tl.norm(p))) return true;
        }
        // ("لمدة أسبوع برعاية سعودية أميركية": or a word of the phrase before its demonym)
        if (u.demonym()) for (int p = u.first() + 1; p < u.at(); p++) if (MEDIATION.contains(tl.surfaceNorm(p)) || MEDIATION.contains(tl.norm(p))) return true;
        return false;
    }
}
