package org.marsad.event;

import static org.marsad.event.RoleCues.causalBefore;
import static org.marsad.event.RoleCues.indefiniteObjectAfter;
import static org.marsad.event.RoleCues.objectPronoun;
import static org.marsad.event.RoleCues.ofTheAct;
import static org.marsad.event.RoleCues.startsWithNumber;

import java.util.List;
import org.marsad.text.TextLayer;

/**
 * The last turns of a verb's roles, once subject and object are read: the one accused in "اتهمت
 * الحركة بتفجير السيارة", the victim of an unvocalised passive (قتل with its noun before it and no
 * object, or after it with no count of its own), and the antecedent of an object pronoun.
 */
final class VerbRoleTurns {
    private VerbRoleTurns() {}

    /** Turns the {@code actor} and {@code recipient} units read for verb trigger {@code t} at tokens [ts, te) of clause [ca, cb). */
    static void apply(TextLayer tl, List<Unit> units, boolean[] usable, int ts, int te, Trigger t, int ca, int cb, List<Unit> actor, List<Unit> recipient) {
        // "واتهمت الحركة بتفجير السيارة": one phrase between the verb and بـ + the act is the accused
        // (the passive اتُّهمت, or an active verb whose subject is elided), not the accuser
        // (what stands after بـ is the act's own: "بخطف عشرات التلميذات")
        // (only a verb of alleging: "ندد الرئيس بالهجوم" names the condemner; and "اتهمتها أديس أبابا بـ": with the
        // accused as the verb's pronoun the phrase after it is the accuser)
        if (t.verbal() && t.type().equals("ACCUSE") && "allege".equals(t.mode()) && !objectPronoun(tl, ts) && actor.size() == 1 && actor.get(0).first() >= te
                && actor.get(0).end() < cb && ofTheAct(tl, actor.get(0).end(), units)) {
            int act = actor.get(0).end();
            boolean objectBefore = false;
            for (Unit u : recipient) objectBefore |= u.first() < act;
            if (!objectBefore) {
                recipient.clear();
                recipient.add(actor.remove(0));
            }
        }
        // "إن الصحافي ... قتل بالرصاص": an unvocalised قتل with its noun before it and no object is passive
        // ("جنود قتلوا بيد مسلحي الحركة": so too beside an agent named after it)
        List<Unit> doers = actor.stream().filter(u -> !"من قبل".equals(u.prep())).toList();
        if (t.verbal() && t.passive() && recipient.isEmpty() && doers.size() == 1 && doers.get(0).end() <= ts
                && (doers.size() == actor.size() ? !indefiniteObjectAfter(tl, units, te, cb) : true)) {
            actor.remove(doers.get(0));
            recipient.add(doers.get(0));
        }
        // "قتل مساء الجمعة المصور الكولومبي ...": after the verb a victim with no object or count of its own
        if (t.verbal() && t.passive() && recipient.isEmpty() && actor.size() == 1 && actor.get(0).first() >= te
                && !"من قبل".equals(actor.get(0).prep()) && !causalBefore(tl, actor.get(0).first(), te)
                && !(actor.get(0).first() > te && PhraseTable.hasForm(tl, actor.get(0).first() - 1, ActorAttribution.WEAPONS))) {
            // ("قتل برصاص قوات الأمن": the owner of the fire that killed is the doer)
            // ("قتلوا جراء ضربة جوية أميركية": a cause named after the verb is the doer, not the victim)
            boolean count = false;
            for (int p = actor.get(0).end(); p < Math.min(cb, actor.get(0).end() + 6) && !count; p++) count = startsWithNumber(tl, p);
            if (!count) recipient.add(actor.remove(0));
        }
        if (t.verbal() && !t.type().equals("ASSAULT") && !t.mutual() && objectPronoun(tl, ts)) RelativeRoles.resumptive(tl, units, usable, ts, te, ca, actor, recipient);
    }
}
