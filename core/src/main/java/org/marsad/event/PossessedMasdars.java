package org.marsad.event;

import java.util.List;
import org.marsad.text.TextLayer;

/**
 * A masdar with a possessive pronoun ("مساعدتها"، "رفضهما"): it takes no genitive; its owner is the party named
 * before it, and the demonym of its object the one it is aimed at.
 */
final class PossessedMasdars {
    private PossessedMasdars() {}

    /** Adds to {@code actor} and {@code recipient} the roles of the possessed masdar at tokens [ts, te). */
    static void read(TextLayer tl, List<Unit> units, boolean[] usable, List<Unit> before, List<Unit> after, int ts, int te, boolean assault,
                     List<Unit> actor, List<Unit> recipient) {
        for (int k = before.size() - 1; k >= 0; k--) {
            Unit u = before.get(k);
            if (u.prep() == null && RoleReader.nounParty(u, assault) && ts - u.end() <= 8) { actor.add(u); break; }
        }
        // ("وأكد الرئيسان رفضهما": the owner may be the source of the report frame before it)
        for (int k = units.size() - 1; k >= 0 && actor.isEmpty(); k--) {
            Unit u = units.get(k);
            if (!usable[k] && u.end() <= ts && ts - u.end() <= 2 && tl.sentenceOf(u.first()) == tl.sentenceOf(ts) && u.prep() == null
                    && RoleReader.nounParty(u, assault)) actor.add(u);
        }
        // ("رفضهما أي عملية عسكرية إسرائيلية": the possessed masdar's object, qualified by a demonym, names who it is aimed at)
        if (!actor.isEmpty() && !assault) for (Unit u : after) if (u.demonym() && u.prep() == null && u.first() >= te && u.first() - te <= 2) { recipient.add(u); break; }
    }
}
