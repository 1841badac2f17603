package org.marsad.event;

import java.util.Set;
import org.marsad.text.TextLayer;

/**
 * "تظاهر الآلاف تضامنا مع غزة"، "مسيرات نصرة للأقصى": what a protest stands with is its cause, neither
 * where it happens nor a side of it (the cue words of class {@code solidarity}, then مع or لـ).
 */
final class Solidarity {
    private Solidarity() {}

    private static final Set<String> CUES = CueWords.set("solidarity");

    /** The unit is the object of a word of solidarity right before it (مع may stand between). */
    static boolean cause(TextLayer tl, Unit u, int a) {
        int k = u.first() - 1;
        if (k >= a && tl.surfaceNorm(k).equals("مع")) k--;
        return k >= a && PhraseTable.hasForm(tl, k, CUES);
    }
}
