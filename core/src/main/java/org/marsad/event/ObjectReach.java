package org.marsad.event;

import static org.marsad.event.RoleCues.RELATIVES;

import org.marsad.text.TextLayer;

/** Where the object of a verb may begin, for {@link RoleReader}. */
final class ObjectReach {
    private ObjectReach() {}

    /**
     * Where the object of a verb may begin: after the verb and a subject after it, and past a relative clause
     * that follows the subject up to its comma ("اتهمت الحركة التي تنشط في الجنوب، القوات الكينية").
     */
    static int from(TextLayer tl, int te, Unit subj, int cb) {
        int from = subj == null || subj.first() < te ? te : subj.end();
        if (from < cb && RELATIVES.contains(tl.surfaceNorm(from))) {
            for (int p = from; p < cb; p++) if (tl.surfaceNorm(p).equals(",")) return p + 1;
        }
        // ("ودعا وزراء خارجية مصر والأردن، في بيان مشترك، الأطراف": the clause goes on past an aside of the
        // statement's setting after the subject, and so does the object's reach)
        for (int p = from; p < Math.min(cb, from + 6); p++) {
            if (!tl.surfaceNorm(p).equals(",")) continue;
            int after = Clauses.asideEnd(tl, p, cb);
            return after > 0 ? after : from;
        }
        return from;
    }
}
